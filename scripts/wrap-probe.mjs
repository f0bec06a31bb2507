import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://localhost:4399/learn/cheat-sheet/', { waitUntil: 'networkidle' });
const r = await page.evaluate(() => {
  const out = {};
  for (const table of document.querySelectorAll('.cheat-sheet')) {
    table.style.tableLayout = 'auto'; table.style.width = 'auto';
    for (const k of table.querySelectorAll('td .katex, th a')) { k.style.whiteSpace = 'nowrap'; }
    for (const k of table.querySelectorAll('td .katex, th a, td')) {
      const td = k.closest('td,th'); const col = td.cellIndex + table.className;
      const w = k.getBoundingClientRect().width / 16;
      if (!out[col] || out[col].w < w) out[col] = { w: +w.toFixed(2), id: k.closest('tr').dataset.id, text: k.textContent.slice(0, 30) };
    }
  }
  return out;
});
console.log(JSON.stringify(r, null, 1));
await browser.close();
