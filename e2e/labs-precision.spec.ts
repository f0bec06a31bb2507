import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './site';

const lab = (page: Page) => page.locator('precision-lab');

async function settled(page: Page) {
  await expect(lab(page)).toHaveAttribute('data-ready', 'true');
  await expect(lab(page)).not.toHaveAttribute('data-busy', 'true');
}

test('the default view names where textbook softplus overflows in float16, and shades that region', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await page.goto('/labs/precision/');
  await settled(page);
  await expect(page.locator('.findings')).toContainText('overflows in float16 for x ≥ 11.09375');
  const chart = page.getByRole('img', { name: /Error of the textbook and the stable Softplus in float16/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect.region-bg.overflow')).toHaveCount(1);
  await expect(chart.locator('text.region-label')).toContainText(['overflow']);
  await expect(chart.locator('line.threshold')).not.toHaveCount(0);
  await expect(page.locator('.legend')).toContainText('cancellation');
  await expect(page.locator('table.formats tbody tr')).toHaveCount(4);
  await expect(page.locator('.notices')).toBeHidden();
  expect(problems).toEqual([]);
});

test('every format can be chosen; the URL, chart, findings and table follow', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/labs/precision/');
  await settled(page);
  for (const format of ['float64', 'float32', 'bfloat16', 'float16']) {
    await page.getByRole('radio', { name: format, exact: true }).check();
    await expect(page).toHaveURL(new RegExp(`format=${format}`));
    await expect(lab(page)).toHaveAttribute('data-format', format);
    await settled(page);
    await expect(page.locator('.caption')).toContainText(`Softplus in ${format}`);
    await expect(page.locator('.findings')).toContainText(`overflows in ${format} for x ≥`);
    await expect(page.locator(`table.formats tr[data-format="${format}"]`)).toContainText('overflow: x ≥');
  }
  expect(problems).toEqual([]);
});

test('a shared URL reproduces the view; Back and Forward move between views', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/labs/precision/?fn=softmax&format=bfloat16&measure=relative');
  await settled(page);
  await expect(page.getByRole('combobox', { name: 'Function' })).toHaveValue('softmax');
  await expect(page.getByRole('radio', { name: 'bfloat16', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'relative error' })).toBeChecked();
  await expect(page.locator('.precision-plot rect.region-bg.nan')).toHaveCount(2);
  await expect(page.locator('.findings')).toContainText('returns NaN in bfloat16');

  await page.getByRole('combobox', { name: 'Function' }).selectOption('gelu');
  await expect(page).toHaveURL(/fn=gelu&format=bfloat16&measure=relative$/);
  await settled(page);
  await expect(page.locator('.precision-plot rect.region-bg.cancellation')).not.toHaveCount(0);
  await page.getByRole('spinbutton', { name: 'x from' }).fill('-3');
  await page.getByRole('spinbutton', { name: 'x from' }).press('Enter');
  await expect(page).toHaveURL(/xmin=-3&xmax=5$/);
  await settled(page);
  await expect(page.locator('.caption')).toContainText('for x from −3 to 5');

  await page.goBack();
  await expect(page.getByRole('spinbutton', { name: 'x from' })).toHaveValue('-5');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Function' })).toHaveValue('softmax');
  await settled(page);
  await expect(page.locator('.findings')).toContainText('returns NaN');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Function' })).toHaveValue('gelu');
  expect(problems).toEqual([]);
});

test('bad URL values fall back to the defaults with a notice', async ({ page }) => {
  await page.goto('/labs/precision/?fn=zzz&format=float8&measure=ulps&xmin=5000&xmax=1');
  await settled(page);
  const notices = page.locator('.notices');
  await expect(notices).toBeVisible();
  await expect(notices).toContainText('Unknown function "zzz"');
  await expect(notices).toContainText('Unknown format "float8"; float16 was used');
  await expect(notices).toContainText('between −1000 and 1000');
  await expect(page.getByRole('radio', { name: 'float16', exact: true })).toBeChecked();
  await expect(page.locator('.findings')).toContainText('x ≥ 11.09375');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the page still shows the default chart, its thresholds and the table of formats', async ({ page }) => {
    await page.goto('/labs/precision/');
    await expect(page.locator('.findings')).toContainText(
      'The textbook Softplus overflows in float16 for x ≥ 11.09375',
    );
    await expect(page.locator('.precision-plot svg path.curve')).toHaveCount(2);
    await expect(page.locator('table.formats tbody tr')).toHaveCount(4);
    await expect(page.locator('table.constants')).toContainText('65504');
    await expect(page.getByRole('heading', { name: 'How the narrow formats are emulated' })).toBeVisible();
  });
});

test('fits a 390 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/labs/precision/?fn=tanhshrink&format=float32');
  await settled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`has no WCAG 2.1 AA violations after interaction (${scheme})`, async ({ page }) => {
    const problems = watchForProblems(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/labs/precision/');
    await page.getByRole('radio', { name: 'relative error' }).check();
    await settled(page);
    await expect(lab(page)).toHaveAttribute('data-fn', 'softplus');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    expect(problems).toEqual([]);
  });
}
