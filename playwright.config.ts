import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (`astro preview` serves dist/). `npm run test:e2e`
 * (scripts/e2e.mjs) finds a Chromium first — CHROMIUM_PATH, a system Chromium, or Playwright's own, which it
 * tries to install — and passes it here as CHROMIUM_PATH; `npx playwright test` alone falls back to
 * /usr/bin/chromium, else Playwright's own browser.
 */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (path): path is string => !!path && existsSync(path),
);
/** Chromium as root, on a machine without a GPU or network beyond the loopback. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** PW_PORT lets a second checkout (e.g. a scratch build) run its tests beside this one. */
const PORT = Number(process.env.PW_PORT ?? 4329);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      grepInvert: /@timing/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(systemChromium ? { executablePath: systemChromium } : {}),
          args: chromiumArgs,
        },
      },
    },
    {
      // Tests tagged @timing (redraw time, long tasks, layout shift, bytes loaded) run after the rest, one at a time, so
      // parallel tests do not skew them. On a shared two-core machine a measurement can still catch a moment of load
      // (a 50.1 ms task in the training lab; a KaTeX font arriving after first paint, which moved a brace by 6 px on
      // the cheat sheet): as with Lighthouse, a failed measurement is taken once more, and only two failures in a row
      // fail the run. Playwright reports a test that passed the second time as flaky.
      workers: 1,
      retries: 1,
      name: 'performance',
      grep: /@timing/,
      dependencies: ['chromium'],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(systemChromium ? { executablePath: systemChromium } : {}), args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
