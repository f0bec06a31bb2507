import { chromium } from '@playwright/test';
const [path, width, out, scrollTo, dark] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
await page.goto('http://localhost:4399' + path, { waitUntil: 'networkidle' });
if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
await page.screenshot({ path: out });
await browser.close();
