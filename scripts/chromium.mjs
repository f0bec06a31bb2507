/**
 * Where a Chromium to test with is: CHROMIUM_PATH or CHROME_PATH when set, else a system Chromium or Chrome,
 * else the browser Playwright installed for itself. Shared by the end-to-end runner and the Lighthouse runner.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** System browsers, in the order they are tried (Debian's package first: Playwright cannot download here). */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The browser to use: `{ path, source }` with source 'env', 'system' or 'playwright', or undefined when there is
 * none. A path named in the environment that does not exist is an error, not something to skip silently.
 */
export function findChromium() {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const path = process.env[name];
    if (!path) continue;
    if (!existsSync(path)) throw new Error(`${name}=${path} does not exist`);
    return { path, source: 'env' };
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  const own = chromium.executablePath();
  return own && existsSync(own) ? { path: own, source: 'playwright' } : undefined;
}

/** The one line printed when no browser can be found or installed. */
export const NO_BROWSER_MESSAGE =
  'e2e: no Chromium found and `npx playwright install chromium` failed: install a Chromium ' +
  '(Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to one, then run the tests again.';
