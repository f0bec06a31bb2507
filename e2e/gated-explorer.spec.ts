/**
 * The gated-unit explorer (GLU family pages), the SwiGLU width calculator and the sparsemax explorer: they
 * draw without JavaScript, switch maps, move a cursor by keyboard with the values announced, and recompute
 * from the reader's input. Expected values come from the same activation module the pages use.
 */
import { expect, test } from '@playwright/test';
import { getGated, swigluHiddenWidth } from '../src/lib/activations';
import { coordinate } from '../src/lib/gated/grid';
import { groupDigits } from '../src/lib/gated/ffn-width';
import { readoutText } from '../src/lib/gated/readout';
import { gated } from '../src/lib/i18n/en/gated';
import { watchForProblems } from './site';

for (const id of ['glu', 'reglu', 'geglu', 'swiglu'] as const) {
  test(`/functions/${id}/ shows the output heat map and its value table, with no console error`, async ({ page }) => {
    const problems = watchForProblems(page);
    await page.goto(`/functions/${id}/`);
    const explorer = page.locator(`gated-explorer[data-id="${id}"]`);
    await expect(explorer.getByRole('img', { name: new RegExp(gated.maps.f.replace(/[()]/g, '.')) })).toBeVisible();
    expect(await explorer.locator('figure[data-map="f"] path').count()).toBeGreaterThan(2);
    await expect(explorer.locator('figure[data-map="dA"]')).toBeHidden();
    expect(problems).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the GLU explorer draws, switches maps and tabulates values', async ({ page }) => {
    await page.goto('/functions/glu/');
    const explorer = page.locator('gated-explorer');
    await expect(explorer.locator('figure[data-map="f"] svg')).toBeVisible();
    await explorer.getByRole('radio', { name: gated.maps.dB }).check();
    await expect(explorer.locator('figure[data-map="dB"] svg')).toBeVisible();
    await expect(explorer.locator('figure[data-map="f"]')).toBeHidden();
    const table = explorer.locator('figure[data-map="dB"] table');
    await explorer.locator('figure[data-map="dB"] summary').click();
    // ∂f/∂b of GLU at a = 4, b = 0 is 4·σ(0)·(1 − σ(0)) = 1.
    await expect(table.locator('tr', { hasText: 'b = 0' }).locator('td').last()).toHaveText('1');
  });

  test('the SwiGLU calculator shows LLaMA-7B’s hidden width 11 008', async ({ page }) => {
    await page.goto('/functions/swiglu/');
    await expect(page.locator('ffn-width-calculator .steps li').last()).toContainText(groupDigits(11008));
  });
});

test('arrow keys move the cursor and the read-out announces the values there', async ({ page }) => {
  await page.goto('/functions/swiglu/');
  const explorer = page.locator('gated-explorer');
  const box = explorer.locator('figure[data-map="f"] .heat-box');
  await box.focus();
  await page.keyboard.press('ArrowLeft'); // a = 1.75
  await page.keyboard.press('PageDown'); // b = 0
  const expected = readoutText(gated.client.readout, 'SwiGLU', getGated('swiglu'), { i: 23, j: 16 });
  expect(coordinate(23)).toBe(1.75);
  await expect(explorer.locator('.readout')).toHaveText(expected);
  await expect(explorer.locator('.readout')).toHaveAttribute('aria-live', 'polite');
  await expect(box.locator('.cursor')).toHaveAttribute('visibility', 'visible');
});

test('the SwiGLU calculator recomputes LLaMA 2 70B’s width from d, multiple_of and ffn_dim_multiplier', async ({
  page,
}) => {
  await page.goto('/functions/swiglu/');
  const calculator = page.locator('ffn-width-calculator');
  await calculator.getByLabel(gated.calculator.d).fill('8192');
  await calculator.getByLabel(gated.calculator.multipleOf).fill('4096');
  await calculator.getByLabel(gated.calculator.multiplier).fill('1.3');
  const hidden = swigluHiddenWidth(8192, { multipleOf: 4096, ffnDimMultiplier: 1.3 });
  expect(hidden).toBe(28672);
  await expect(calculator.locator('.steps li').last()).toContainText(groupDigits(hidden));
  await calculator.getByLabel(gated.calculator.d).fill('-3');
  await expect(calculator.getByRole('alert')).toHaveText('d must be a whole number from 1 to 1000000.');
});

test('the sparsemax explorer zeroes small logits exactly and reports τ and the support', async ({ page }) => {
  await page.goto('/functions/sparsemax/');
  const explorer = page.locator('sparsemax-explorer');
  await explorer.getByRole('textbox').fill('-2, 0, 0.5');
  // sparsemax([−2, 0, 0.5]) = [0, 0.25, 0.75], τ = −0.25 (entmax's README and the closed form).
  await expect(explorer.locator('.summary')).toContainText('τ = −0.25');
  await expect(explorer.locator('.summary')).toContainText('logits 2, 3 (2 of 3)');
  await expect(explorer.locator('svg.bars .exact-zero')).toHaveCount(1);
  await explorer.getByRole('textbox').fill('1, x');
  await expect(explorer.getByRole('alert')).toContainText('“x” is not a finite number.');
});
