/** The function-page chart under the reader's hands: its frame after Chart.js takes over, the x range, the URL. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForProblems } from './site';

async function readyChart(page: Page): Promise<Locator> {
  const chart = page.locator('activation-chart').first();
  await chart.scrollIntoViewIfNeeded();
  await chart.hover();
  await expect(chart).toHaveAttribute('data-ready', 'true');
  return chart;
}

/** The share of the middle column and of the middle row of a canvas that is painted (one readback). */
async function paintedMiddle(canvas: Locator): Promise<{ column: number; row: number }> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { width, height } = element;
    const { data } = element.getContext('2d')!.getImageData(0, 0, width, height);
    const painted = (x: number, y: number) => data[(y * width + x) * 4 + 3]! > 0;
    const [cx, cy] = [Math.round((width - 1) / 2), Math.round((height - 1) / 2)];
    let column = 0;
    let row = 0;
    for (let y = 0; y < height; y++) if (painted(cx, y)) column++;
    for (let x = 0; x < width; x++) if (painted(x, cy)) row++;
    return { column: column / height, row: row / width };
  });
}

test('after Chart.js takes over: the same box, and zero axes through the origin', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/functions/tanh/');
  const chart = page.locator('activation-chart').first();
  await chart.scrollIntoViewIfNeeded();
  const svgBox = await chart.locator('svg.curve-svg').boundingBox();
  await readyChart(page);
  const canvas = chart.locator('canvas');
  expect(await canvas.boundingBox()).toEqual(svgBox);
  // x runs from −5 to 5, so the y axis is the middle column; tanh's frame is symmetric, so y = 0 is the middle row.
  const { column, row } = await paintedMiddle(canvas);
  expect(column).toBeGreaterThan(0.95);
  expect(row).toBeGreaterThan(0.95);
  expect(problems).toEqual([]);
});

test('slider values and the x range are read from the URL, off-step values rounded with a notice', async ({ page }) => {
  await page.goto('/functions/leaky-relu/?alpha=0.123&xmin=-2&xmax=3');
  const chart = page.locator('activation-chart').first();
  await chart.scrollIntoViewIfNeeded();
  // The URL asks for more than the build-time picture: the chart is drawn without waiting for an interaction.
  await expect(chart).toHaveAttribute('data-ready', 'true');
  const slider = chart.getByRole('slider');
  await expect(slider).toHaveValue('0.12');
  await expect(chart.locator('label.param output')).toHaveText('0.12');
  await expect(chart.locator('.notices')).toContainText('0.12 was used');
  await expect(chart.getByRole('spinbutton', { name: 'x from' })).toHaveValue('-2');
  await expect(chart.getByRole('spinbutton', { name: 'to' })).toHaveValue('3');
  await chart.locator('canvas').focus();
  await page.keyboard.press('End');
  await expect(chart.locator('.readout')).toHaveText(/^x = 3: f\(x\) = 3,/);
  await page.keyboard.press('Home');
  await expect(chart.locator('.readout')).toHaveText(/^x = −2: f\(x\) = −0\.24,/);
});

test('moving a slider or the x range writes the URL (replaceState), and a reload keeps it', async ({ page }) => {
  await page.goto('/functions/leaky-relu/');
  const chart = await readyChart(page);
  const history = await page.evaluate(() => window.history.length);
  const slider = chart.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?alpha=0\.02$/);
  await chart.getByRole('spinbutton', { name: 'x from' }).fill('-1');
  await chart.getByRole('spinbutton', { name: 'to' }).fill('4');
  await expect(page).toHaveURL(/alpha=0\.02&xmin=-1&xmax=4/);
  expect(await page.evaluate(() => window.history.length)).toBe(history);
  await chart.locator('canvas').focus();
  await page.keyboard.press('End');
  await expect(chart.locator('.readout')).toHaveText(/^x = 4:/);
  await page.reload();
  await expect(page.locator('activation-chart').first().getByRole('slider')).toHaveValue('0.02');
});

test('an x range that cannot be drawn is marked invalid and leaves the chart as it was', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/functions/relu/');
  const chart = await readyChart(page);
  const to = chart.getByRole('spinbutton', { name: 'to' });
  await to.fill('-9');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(page).not.toHaveURL(/xmax/);
  await to.fill('2');
  await expect(to).toHaveAttribute('aria-invalid', 'false');
  await expect(page).toHaveURL(/xmin=-5&xmax=2/);
  expect(problems).toEqual([]);
});
