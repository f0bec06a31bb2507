import { chromium } from '@playwright/test';
const path = process.argv[2] ?? '/learn/cheat-sheet/';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push({ value: e.value, t: e.startTime, sources: (e.sources || []).map((s) => ({ node: s.node ? (s.node.nodeName + '.' + (s.node.className || '') + ' ' + (s.node.textContent || '').slice(0, 40)) : null, prev: JSON.stringify(s.previousRect), cur: JSON.stringify(s.currentRect) })) });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  page.on('requestfinished', (r) => { if (r.url().includes('.woff')) console.log('font', r.url().split('/').pop(), Date.now() % 100000); });
  await page.goto('http://localhost:4399' + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  console.log(width, JSON.stringify(await page.evaluate(() => window.__shifts), null, 1).slice(0, 3000));
  await page.close();
}
await browser.close();
