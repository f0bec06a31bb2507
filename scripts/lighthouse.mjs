#!/usr/bin/env node
/**
 * Lighthouse (mobile, default simulated throttling) on one page of each kind, against the built site served
 * by `astro preview`, with the system Chromium, in both editions. Prints the four category scores per page and fails when any
 * is below 95. Run after `npm run build`.
 */
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs';

const PORT = 4331;
const FLOOR = 95;
// One page of each kind in English, a tutorial chapter, and the same kinds in the Chinese edition.
const PAGES = [
  '/',
  '/functions/gelu/',
  '/compare/?fns=relu,gelu,swish&view=both',
  '/labs/gradient-flow/',
  '/learn/relu/',
  '/zh/',
  '/zh/functions/gelu/',
  '/zh/learn/relu/',
  '/zh/labs/gradient-flow/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const browser = findChromium();
if (!browser) {
  console.error(NO_BROWSER_MESSAGE.replace('e2e:', 'lighthouse:'));
  process.exit(1);
}
const chromePath = browser.path;

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes(String(PORT)) && resolve());
  server.on('exit', (code) => reject(new Error(`astro preview exited with ${code}`)));
});

const failures = [];

/** One Lighthouse run on one page: prints the four scores, returns what falls below the floor. */
async function audit(path, label = '') {
  const url = `http://127.0.0.1:${PORT}${path}`;
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  const scores = CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]);
  console.log(`lighthouse: ${path} ${label} ${scores.map(([id, score]) => `${id} ${score}`).join(', ')}`);
  return scores
    .filter(([, score]) => score < FLOOR)
    .map(([id, score]) => {
      const audits = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            lhr.categories[id].auditRefs.some((r) => r.id === a.id && r.weight > 0),
        )
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      return `${path} ${id} ${score} < ${FLOOR}: ${audits.join(', ')}`;
    });
}
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  for (const path of PAGES) {
    // Simulated-throttling scores move with the machine's load; a page below the floor is measured once more and
    // fails only if the second run is below it too (both runs are printed).
    let problems = await audit(path);
    if (problems.length) problems = await audit(path, 'again');
    failures.push(...problems);
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (failures.length) {
  console.error(`lighthouse: below ${FLOOR}:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
