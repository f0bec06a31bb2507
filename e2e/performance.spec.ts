/**
 * Timing figures. This file runs in its own Playwright project after every other spec has finished, so
 * no parallel test competes with it for the two cores.
 */
import { expect, test } from '@playwright/test';
import { activationIds } from '../src/lib/activations';

test(
  `redraws all ${activationIds.length} functions, f and f′, within one frame while a slider moves`,
  { tag: '@timing' },
  async ({ page }) => {
    await page.goto(`/compare/?fns=${activationIds.join(',')}&view=both`);
    await expect(page.locator('compare-app')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.legend li')).toHaveCount(2 * activationIds.length);
    await page.locator('compare-app .plot').hover();
    await expect(page.locator('compare-app')).toHaveAttribute('data-chart', 'ready');
    const slider = page.getByRole('slider', { name: 'β' }).first();
    await slider.focus();
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
      times.push(Number(await page.locator('compare-app').getAttribute('data-render-ms')));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const report = `compare redraw, ${2 * activationIds.length} curves × 1000 samples: median ${median.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`;
    console.log(report);
    test.info().annotations.push({ type: 'performance', description: report });
    // A measured figure, reported rather than asserted (no wall-clock limits in tests): headless Chromium here
    // rasterises without a GPU, and the figure moves with the machine's load. Every step must have redrawn.
    expect(times.every((t) => t > 0)).toBe(true);
  },
);
