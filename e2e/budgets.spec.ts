/**
 * Weight and loading budgets, measured on the built site: JavaScript before any interaction, Chart.js
 * only when a chart nears the viewport and in one tree-shaken variant, no KaTeX JavaScript, self-hosted and
 * preloaded fonts, no third-party request, and no layout shift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

/**
 * 20 kB of JavaScript before any interaction. The activation registry (≈ 14 kB with its numerics) is not part of
 * it: the function chart fetches it with Chart.js, the comparison page and the gradient-flow lab with their app at
 * the first interaction (components/plot/deferred-island.ts), as the training lab does.
 */
const JS_BUDGET_BYTES = 20 * 1024;
const assets = readdirSync('dist/_astro').map((name) => join('dist/_astro', name));
const scripts = assets.filter((file) => file.endsWith('.js'));

test('ships one Chart.js chunk, never chart.js/auto, and no KaTeX JavaScript', () => {
  // An error message from Chart's constructor marks the chunk that holds Chart.js.
  const withChart = scripts.filter((file) => readFileSync(file, 'utf8').includes('Canvas is already in use'));
  expect(withChart, 'chunks containing Chart.js').toHaveLength(1);
  const chartKb = gzipSync(readFileSync(withChart[0]!)).length / 1024;
  console.log(`budget: Chart.js chunk ${chartKb.toFixed(1)} kB gzip (tree-shaken: line chart, linear scales, tooltip)`);
  // chart.js/auto registers every controller; its doughnut and radar controllers would then be bundled.
  expect(readFileSync(withChart[0]!, 'utf8')).not.toContain('DoughnutController');
  const withKatex = scripts.filter((file) => readFileSync(file, 'utf8').includes('KaTeX parse error'));
  expect(withKatex, 'chunks containing the KaTeX renderer').toEqual([]);
});

for (const path of builtPages()) {
  test(
    `${path}: needs no script for first paint, ≤ 20 kB gzip of JS before interaction, no third-party request, no layout shift`,
    { tag: '@timing' },
    async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const scriptBytes = new Map<string, number>();
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script')
          scriptBytes.set(response.url(), gzipSync(await response.body()).length);
      });
      await page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const total = [...scriptBytes.values()].reduce((a, b) => a + b, 0);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      // First paint needs no script: no classic script in <head> blocks rendering.
      const blocking = await page.locator('head script:not([type="module"]):not([async]):not([defer])').count();
      console.log(`budget: ${path} JS before interaction ${(total / 1024).toFixed(1)} kB gzip, CLS ${cls.toFixed(4)}`);
      expect(blocking).toBe(0);
      expect(total).toBeLessThanOrEqual(JS_BUDGET_BYTES);
      expect(foreign).toEqual([]);
      expect(cls).toBe(0);
    },
  );
}

test('fetches Chart.js only when a chart nears the viewport', { tag: '@timing' }, async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 400 });
  const chartRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('chart-engine')) chartRequests.push(request.url());
  });
  await page.goto('/functions/relu/', { waitUntil: 'networkidle' });
  await page.mouse.move(10, 10); // an interaction, with the chart still far below the viewport
  await page.waitForTimeout(300);
  expect(chartRequests).toEqual([]);
  await page.locator('activation-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('activation-chart')).toHaveAttribute('data-ready', 'true');
  expect(chartRequests).toHaveLength(1);
});

test('self-hosts fonts and preloads the KaTeX fonts its equations use, the two main ones first', async ({
  page,
  baseURL,
}) => {
  await page.goto('/functions/gelu/');
  const preloads = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  for (const href of preloads) expect(href).toMatch(/\/_astro\/KaTeX_[\w-]+\.[\w-]+\.woff2$/);
  expect(preloads.some((href) => /KaTeX_Main-Regular\.[\w-]+\.woff2$/.test(href))).toBe(true);
  expect(preloads.some((href) => /KaTeX_Math-Italic\.[\w-]+\.woff2$/.test(href))).toBe(true);
  for (const href of preloads) expect(href.startsWith(new URL(baseURL!).origin)).toBe(true);
  const css = assets
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  expect(css).not.toMatch(/url\(\s*["']?https?:/);
});
