#!/usr/bin/env node
/**
 * The end-to-end step of `npm test`: find a Chromium (scripts/chromium.mjs), or try to install Playwright's own
 * once, then run Playwright with it. Where neither works, stop at once with one line that says what to install,
 * instead of letting every test fail with the same "executable doesn't exist". Arguments go to `playwright test`.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs';

/** How long the install may try: where downloads are blocked it otherwise retries for half a minute. */
const INSTALL_TIMEOUT_MS = 20_000;

let browser = findChromium();
if (!browser) {
  console.log('e2e: no Chromium found; trying `npx playwright install chromium` …');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: INSTALL_TIMEOUT_MS });
  browser = findChromium();
}
if (!browser) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
console.log(`e2e: using ${browser.path} (${browser.source})`);
const env = { ...process.env, CHROMIUM_PATH: browser.path };
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
