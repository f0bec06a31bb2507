/**
 * Every function page of the catalogue: typeset equations without KaTeX errors, a drawn chart, sliders that
 * change the curve and the equations together, and no console errors.
 */
import { expect, test, type Page } from '@playwright/test';
import { catalogueIds, getActivation, isActivationId } from '../src/lib/activations';
import { formatNumber } from '../src/lib/format/number';
import { latexNumber } from '../src/lib/functions/latex';
import { watchForProblems } from './site';

async function readyChart(page: Page, id: string) {
  const chart = page.locator(`activation-chart[data-id="${id}"]`);
  await chart.scrollIntoViewIfNeeded();
  await chart.hover(); // Chart.js loads at the first interaction once the chart is near the viewport
  await expect(chart).toHaveAttribute('data-ready', 'true');
  return chart;
}

for (const id of catalogueIds) {
  test.describe(`/functions/${id}/`, () => {
    test('shows its equations typeset, with no KaTeX error and no console error', async ({ page }) => {
      const problems = watchForProblems(page);
      await page.goto(`/functions/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.locator('.katex-display').count()).toBeGreaterThanOrEqual(2);
      await expect(page.locator('.katex-error')).toHaveCount(0);
      // PyTorch, TensorFlow and JAX on every page; PaddlePaddle and MindSpore only where the page has them.
      for (const name of ['PyTorch', 'TensorFlow / Keras', 'JAX'])
        await expect(page.locator(`section[aria-labelledby="code"] section[aria-label="${name}"] pre`)).toHaveCount(1);
      expect(problems).toEqual([]);
    });

    if (!isActivationId(id)) return;
    const activation = getActivation(id);

    test('draws its chart on a canvas', async ({ page }) => {
      await page.goto(`/functions/${id}/`);
      const chart = await readyChart(page, id);
      const painted = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
        return count;
      });
      expect(painted).toBeGreaterThan(1000);
    });

    for (const param of activation.params) {
      test(`the ${param.name} slider changes the curve and the equation together`, async ({ page }) => {
        await page.goto(`/functions/${id}/`);
        const chart = await readyChart(page, id);
        const readout = chart.locator('.readout');
        await chart.locator('canvas').focus();
        await page.keyboard.press('Home'); // x = −5
        const before = await readout.textContent();
        const picture = () => chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
        const pictureBefore = await picture();
        const slider = chart.getByRole('slider', { name: param.label });
        // The slider starts at the module's default, exactly.
        expect(Number(await slider.inputValue())).toBeCloseTo(param.default, 12);
        await slider.focus();
        for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
        const value = Number(await slider.inputValue());
        expect(value).toBeCloseTo(param.default + 4 * param.step, 6);
        // The curve is redrawn. The read-out at x = −5 changes too wherever the parameter matters there (not for
        // threshold's θ or the shrink functions' λ, whose effect lies nearer 0).
        await expect.poll(picture).not.toBe(pictureBefore);
        const at = (p: number) => [activation.f(-5, { [param.name]: p }), activation.df(-5, { [param.name]: p })];
        if (at(param.default).some((v, k) => v !== at(value)[k])) await expect(readout).not.toHaveText(before ?? '');
        const label = chart.locator('label.param').filter({ has: page.getByRole('slider', { name: param.label }) });
        await expect(label.locator('output')).toHaveText(formatNumber(value, 3));
        const inEquation = page.locator(`[data-equations-for="${id}"] [data-param="${param.name}"]`).first();
        await expect(inEquation).toHaveText(latexNumber(value));
      });
    }
  });
}
