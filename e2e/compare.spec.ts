import { expect, test, type Page } from '@playwright/test';
import { functionStyle } from '../src/lib/plot/palette';
import { watchForProblems } from './site';

async function openCompare(page: Page, query: string) {
  await page.goto(`/compare/${query}`);
  const app = page.locator('compare-app');
  await expect(app).toHaveAttribute('data-ready', 'true');
  return app;
}

async function paintedPixels(page: Page) {
  await page.locator('compare-app .plot').hover(); // the canvas takes over at the first interaction
  await expect(page.locator('compare-app')).toHaveAttribute('data-chart', 'ready');
  return page.locator('compare-app .plot canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const [r, g, b] = [data[0], data[1], data[2]]; // the background colour, painted first
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] !== r || data[i + 1] !== g || data[i + 2] !== b) count++;
    return count;
  });
}

test('a shared link opens exactly that view', async ({ page }) => {
  const problems = watchForProblems(page);
  await openCompare(page, '?fns=relu,gelu,swish&view=derivative&xmin=-6&xmax=6');
  for (const name of ['ReLU', 'GELU', 'Swish'])
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Tanh', exact: true })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'f′(x)' })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'x from' })).toHaveValue('-6');
  await expect(page.locator('.legend li')).toHaveText(['ReLU (f′)', 'GELU (f′)', 'Swish (f′)']);
  await expect(page.locator('.notices')).toBeHidden();
  expect(await paintedPixels(page)).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('changing the view updates the URL, and Back restores the previous view', async ({ page }) => {
  await openCompare(page, '?fns=relu,gelu&view=function&xmin=-6&xmax=6');
  await page.getByRole('radio', { name: 'both' }).check();
  await expect(page).toHaveURL(/view=both/);
  await expect(page.locator('.legend li')).toHaveCount(4);
  await page.getByRole('checkbox', { name: 'Tanh', exact: true }).check();
  await expect(page).toHaveURL(/fns=relu,gelu,tanh&/);
  await page.goBack();
  await expect(page).toHaveURL(/fns=relu,gelu&view=both/);
  await expect(page.getByRole('checkbox', { name: 'Tanh', exact: true })).not.toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'f(x)' })).toBeChecked();
});

test('bad URL input never breaks the page: notices, corrections, and a drawn chart', async ({ page }) => {
  const problems = watchForProblems(page);
  await openCompare(page, '?fns=relu,bogus,relu,elu&view=sideways&xmin=5&xmax=-3&elu.alpha=banana');
  await expect(page.locator('.notices')).toContainText('bogus');
  await expect(page.locator('.notices')).toContainText('swapped');
  await expect(page.locator('.notices')).toContainText('sideways');
  await expect(page.locator('.notices')).toContainText('elu.alpha');
  await expect(page.getByRole('spinbutton', { name: 'x from' })).toHaveValue('-3');
  await expect(page.getByRole('spinbutton', { name: 'to' })).toHaveValue('5');
  await expect(page.locator('.legend li')).toHaveText(['ReLU', 'ELU']);
  expect(await paintedPixels(page)).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('an unusable list falls back to the default set, and typed junk in the range is corrected', async ({ page }) => {
  await openCompare(page, `?fns=${'x,'.repeat(300)}`);
  await expect(page.locator('.notices')).toContainText('first 64');
  await expect(page.locator('.legend li')).toHaveCount(3);
  const xmax = page.getByRole('spinbutton', { name: 'to' });
  await xmax.fill('5000');
  await xmax.press('Enter');
  await expect(page.locator('.notices')).toContainText('xmax must be a number between');
  await expect(xmax).toHaveValue('6');
});

test('is operable from the keyboard: choose a function, select a family, sort the matrix', async ({ page }) => {
  await openCompare(page, '?fns=relu&view=function');
  await page.getByRole('checkbox', { name: 'Mish', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/fns=relu,mish/);
  await page.locator('fieldset[data-family="exponential"] button').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/fns=relu,mish,elu,selu,celu&/); // chosen order is kept
  const sort = page.getByRole('button', { name: 'Max |f′|' });
  await sort.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveText('Max |f′|');
  const firstVisible = page.locator('table.matrix tbody tr:not([hidden]) th').first();
  await expect(firstVisible).toHaveText(/ReLU|ELU|CELU/);
  await page.keyboard.press('Enter');
  await expect(firstVisible).toHaveText('SELU'); // its slope λα is the largest of these
});

test('a parameter slider redraws its curve and is kept in the URL', async ({ page }) => {
  await openCompare(page, '?fns=leaky-relu&view=function&xmin=-6&xmax=6');
  const slider = page.getByRole('slider', { name: 'α (negative slope)' });
  await slider.focus();
  for (let i = 0; i < 19; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/leaky-relu\.alpha=0\.2\b/);
  await expect(page.locator('table.data tbody tr').first()).toContainText('−1.2'); // f(−6) = 0.2 · (−6)
});

test('copies the link and downloads the chart as PNG', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openCompare(page, '?fns=relu,tanh&view=both');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('compare-app')).toHaveAttribute('data-chart', 'ready');
  await expect(page.locator('.copy-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/compare/?fns=relu,tanh&view=both');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  expect((await download).suggestedFilename()).toBe('activations-relu-tanh-both.png');
});

test('offers the chart as a data table for screen readers', async ({ page }) => {
  await openCompare(page, '?fns=relu,sigmoid&view=function&xmin=-6&xmax=6');
  await page.getByText('Data table of the chart').click();
  const table = page.locator('table.data');
  await expect(table.locator('thead th')).toHaveText(['x', 'ReLU', 'Sigmoid']);
  await expect(table.locator('tbody tr')).toHaveCount(13);
  await expect(table.locator('tbody tr').last()).toHaveText(/6\s*6\s*0\.9975/);
});

/** The data table's columns as text, by heading. */
async function tableColumns(page: Page): Promise<Record<string, string[]>> {
  await page.getByText('Data table of the chart').click();
  return page.locator('table.data').evaluate((table: HTMLTableElement) => {
    const heads = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent ?? '');
    const out: Record<string, string[]> = {};
    heads.forEach((h, i) => (out[h] = [...table.tBodies[0]!.rows].map((r) => r.cells[i]!.textContent ?? '')));
    return out;
  });
}

test('a formula in the URL draws like a built-in: Mish and its formula agree in f and f′', async ({ page }) => {
  const problems = watchForProblems(page);
  await openCompare(page, '?fns=mish&custom=x*tanh(log(1%2Bexp(x)))&view=both');
  await expect(page.locator('.legend li')).toHaveText([
    'Mish',
    'Mish (f′)',
    'x*tanh(log(1+exp(x)))',
    'x*tanh(log(1+exp(x))) (f′)',
  ]);
  const columns = await tableColumns(page);
  expect(columns['x*tanh(log(1+exp(x)))']).toEqual(columns['Mish']);
  expect(columns['x*tanh(log(1+exp(x))) (f′)']).toEqual(columns['Mish (f′)']);
  expect(columns['Mish']).toHaveLength(13);
  await expect(page.getByRole('textbox', { name: 'f(x), formula 1' })).toHaveValue('x*tanh(log(1+exp(x)))');
  expect(await paintedPixels(page)).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

for (const [name, formula, expected] of [
  ['an unfinished formula', 'x*(', /unexpected end after `x\*\(`/],
  ['an unknown function', 'foo(x)', /unknown function `foo`/],
  ['markup', '<img src=x onerror=alert(1)>', /unexpected character `<`/],
  ['a prototype walk', "constructor.constructor('alert(1)')()", /unknown name `constructor`|unexpected/],
] as const) {
  test(`${name} in a link gives a message beside its field; the rest still draws`, async ({ page }) => {
    const problems = watchForProblems(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openCompare(page, `?fns=relu,tanh&custom=${encodeURIComponent(formula)}`);
    const error = page.locator('.formula-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText(expected);
    await expect(page.getByRole('textbox', { name: 'f(x), formula 1' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: 'f(x), formula 1' })).toHaveValue(formula);
    await expect(page.locator('.legend li')).toHaveText(['ReLU', 'Tanh']);
    expect(await page.locator('compare-app img, compare-app script').count()).toBe(0);
    expect(await paintedPixels(page)).toBeGreaterThan(1000);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('a 5,000-character formula is refused with a short notice, and the page stays narrow', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // 5,000 characters; a 100,000-character URL is refused by the server itself (431), before any page runs.
  await openCompare(page, `?fns=relu&custom=${'x%2B'.repeat(2500)}`);
  await expect(page.locator('.notices')).toContainText('5000 characters');
  expect((await page.locator('.notices').textContent())!.length).toBeLessThan(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.locator('.legend li')).toHaveText(['ReLU']);
});

test('a long unknown token in the list is quoted short and does not widen the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openCompare(page, `?fns=relu,${'z'.repeat(8_000)}`);
  await expect(page.locator('.notices')).toContainText('Unknown function');
  expect((await page.locator('.notices').textContent())!.length).toBeLessThan(120);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('typing a formula shows problems as you type and draws it on Enter', async ({ page }) => {
  await openCompare(page, '?fns=relu');
  const field = page.getByRole('textbox', { name: 'f(x), formula 1' });
  await field.fill('x*sigmoid(');
  await expect(page.locator('.formula-error')).toContainText('unexpected end');
  await expect(page.locator('.formula-error mark')).toBeVisible();
  await field.fill('x*sigmoid(x)');
  await expect(page.locator('.formula-error')).toBeHidden();
  await field.press('Enter');
  await expect(page).toHaveURL(/custom=x\*sigmoid\(x\)/);
  await expect(page.locator('.legend li')).toHaveText(['ReLU', 'x*sigmoid(x)']);
});

test('one function in several settings: two Leaky ReLU columns, −0.06 and −1.8 at x = −6', async ({ page }) => {
  await openCompare(page, '?fns=leaky-relu(alpha=0.01),leaky-relu(alpha=0.3)&xmin=-6&xmax=6');
  const columns = await tableColumns(page);
  expect(columns['Leaky ReLU (α = 0.01)']![0]).toBe('−0.06');
  expect(columns['Leaky ReLU (α = 0.3)']![0]).toBe('−1.8');
  // Each copy has its own sliders; another copy is one button away.
  await expect(page.getByRole('group', { name: 'Leaky ReLU (α = 0.3)' })).toBeVisible();
  await page.getByRole('button', { name: 'Add another Leaky ReLU' }).click();
  await expect(page.locator('.legend li')).toHaveCount(3);
  await expect(page).toHaveURL(/fns=leaky-relu,leaky-relu\(alpha=0\.3\),leaky-relu\(alpha=0\.11\)/);
  await page.getByRole('button', { name: 'Remove Leaky ReLU (α = 0.3)' }).click();
  await expect(page.locator('.legend li')).toHaveCount(2);
});

test('the presets are links that open their comparison', async ({ page }) => {
  await openCompare(page, '');
  await page.getByRole('link', { name: 'Leaky ReLU slopes' }).click();
  await expect(page.locator('compare-app')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.legend li')).toHaveCount(3);
  await page.goto('/compare/');
  await page.getByRole('link', { name: 'Hard sigmoid, two definitions' }).click();
  await expect(page.locator('.legend li')).toHaveText(['Hard sigmoid', 'Sigmoid', 'max(0,min(1,0.2*x+0.5))']);
});

test('an off-step URL value is shown as used and survives the next change elsewhere', async ({ page }) => {
  await openCompare(page, '?fns=leaky-relu&leaky-relu.alpha=0.123');
  const slider = page.getByRole('slider', { name: 'α (negative slope)' });
  await expect(slider).toHaveValue('0.123');
  await expect(page.locator('.param-group output').first()).toHaveText('0.123');
  await page.getByRole('radio', { name: 'both' }).check();
  await expect(page).toHaveURL(/leaky-relu\.alpha=0\.123/);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).not.toHaveURL(/alpha=0\.123/);
});

test('more than eight functions never share colour and dash; ReLU6 differs from Identity', async ({ page }) => {
  await openCompare(page, '?fns=identity,binary-step,sigmoid,tanh,softsign,hard-sigmoid,hard-tanh,relu,relu6,elu');
  await page.locator('compare-app .plot').hover();
  await expect(page.locator('compare-app')).toHaveAttribute('data-chart', 'ready');
  const styles = await page
    .locator('.legend .swatch line')
    .evaluateAll((lines) =>
      lines.map((l) => `${l.getAttribute('stroke')} ${l.getAttribute('stroke-dasharray') ?? ''}`),
    );
  expect(new Set(styles).size).toBe(10);
});

/** How many canvas pixels have exactly this colour (a curve's stroke, at its antialiased core). */
async function pixelsOf(page: Page, hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return page.locator('compare-app .plot canvas').evaluate(
    (canvas: HTMLCanvasElement, [r, g, b]) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count++;
      return count;
    },
    [r, g, b],
  );
}

test('clicking a legend entry toggles its curve; the function page is a separate link', async ({ page }) => {
  await openCompare(page, '?fns=relu,tanh');
  await paintedPixels(page); // brings in the canvas
  const tanh = functionStyle('tanh').color;
  expect(await pixelsOf(page, tanh)).toBeGreaterThan(50);
  const toggle = page.locator('.legend-toggle').filter({ hasText: 'Tanh' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => pixelsOf(page, tanh)).toBe(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => pixelsOf(page, tanh)).toBeGreaterThan(50);
  await expect(page.getByRole('link', { name: 'Tanh: function page' })).toHaveAttribute('href', '/functions/tanh/');
});

test('the exported PNG is twice the chart’s size, with room for title, range and legend', async ({ page }) => {
  await openCompare(page, '?fns=relu,tanh&view=both');
  await page.locator('compare-app .plot').hover();
  await expect(page.locator('compare-app')).toHaveAttribute('data-chart', 'ready');
  const cssWidth = await page.locator('compare-app .plot canvas').evaluate((c) => c.getBoundingClientRect().width);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  await download;
  const [w, h] = (await page.locator('compare-app').getAttribute('data-exported'))!.split('x').map(Number);
  expect(w).toBe(Math.round(cssWidth) * 2);
  const cssHeight = await page.locator('compare-app .plot canvas').evaluate((c) => c.getBoundingClientRect().height);
  expect(h!).toBeGreaterThan(cssHeight * 2 + 100);
});

test('on a phone the chart comes before the picker, which is collapsed; targets are 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openCompare(page, '?fns=relu,gelu');
  const chartTop = await page.locator('compare-app .plot').evaluate((e) => e.getBoundingClientRect().top);
  const pickerTop = await page.locator('details.picker-details').evaluate((e) => e.getBoundingClientRect().top);
  expect(chartTop).toBeLessThan(pickerTop);
  expect(chartTop).toBeLessThan(844);
  await expect(page.locator('details.picker-details')).not.toHaveAttribute('open');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.locator('details.picker-details summary').click();
  const small = await page
    .locator('compare-app :is(label, button, summary, .legend a, input[type=text], input[type=number])')
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => ({ text: e.textContent?.slice(0, 30), r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ text, r }) => `${text} ${r.width}×${r.height}`),
    );
  expect(small).toEqual([]);
});

test('choices made while the app is still loading are kept, in order', async ({ page }) => {
  // Hold the app's script back, so the reader's clicks land before it runs.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/app\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openCompare(page, '');
  await page.getByRole('checkbox', { name: 'Tanh', exact: true }).check();
  await page.getByRole('radio', { name: 'both' }).check();
  release();
  await expect(page).toHaveURL(/fns=relu,gelu,swish,tanh&view=both/);
  await expect(page.getByRole('checkbox', { name: 'Tanh', exact: true })).toBeChecked();
  await expect(page.locator('.legend li')).toHaveCount(8);
});
