import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, watchForProblems } from './site';

const pages = builtPages();

test('the build produced pages to check', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/functions/relu/');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has no WCAG 2.1 AA violations and no console errors (${scheme})`, async ({ page }) => {
      // axe over a long page with its charts upgraded takes seconds; on a shared two-core machine, more than 30.
      test.setTimeout(60_000);
      const problems = watchForProblems(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // Interact with every chart island so its upgraded (Chart.js) state is scanned too.
      for (const chart of await page.locator('activation-chart').all()) {
        await chart.scrollIntoViewIfNeeded();
        await chart.hover();
        await expect(chart).toHaveAttribute('data-ready', 'true');
      }
      for (const app of await page.locator('compare-app, gradient-flow-lab, training-lab').all()) {
        await app.locator('.plot').hover();
        await expect(app).toHaveAttribute('data-chart', 'ready');
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
      );
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}
