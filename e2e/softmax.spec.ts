import { expect, test } from '@playwright/test';
import { watchForProblems } from './site';

test('logits that overflow once divided by T get a message, not NaN or SVG errors', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/functions/softmax/');
  const explorer = page.locator('softmax-explorer');
  await explorer.scrollIntoViewIfNeeded();
  const summary = explorer.locator('.summary');
  const before = await summary.textContent();
  await explorer.getByRole('textbox').fill('-1e308, -1e308, 1');
  await expect(explorer.locator('.error')).toHaveText('');
  await explorer.getByRole('slider').fill('0.5');
  await expect(explorer.locator('.error')).toContainText('overflow');
  await expect(explorer.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).not.toContainText('NaN');
  await expect(explorer.locator('svg.bars')).not.toContainText('NaN');
  expect(await summary.textContent()).not.toBe(before); // the picture for T = 1 was drawn before the overflow
  await explorer.getByRole('slider').fill('1');
  await expect(explorer.locator('.error')).toHaveText('');
  await expect(summary).toContainText('Probabilities sum to 1');
  expect(problems).toEqual([]);
});
