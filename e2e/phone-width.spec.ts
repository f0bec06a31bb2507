/**
 * No page is wider than a phone: at 390 × 844 the document never scrolls sideways. Wide tables, display
 * equations and code blocks scroll inside their own boxes instead (src/styles/global.css).
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

for (const path of builtPages()) {
  test(`${path} fits a 390 px phone`, async ({ page }) => {
    await page.goto(path);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    if (width > PHONE.width) {
      // Name the widest elements, so a failure says where to look.
      const culprits = await page.evaluate((limit) => {
        return [...document.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > limit + 1)
          .filter(
            (element) =>
              !element.parentElement?.closest('[style*="overflow"], .table-scroll, .katex-display, pre') ||
              // Absolutely positioned text escapes a scroll region that is not itself positioned.
              getComputedStyle(element).position === 'absolute',
          )
          .slice(0, 5)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} → ${Math.round(element.getBoundingClientRect().right)} px`,
          );
      }, PHONE.width);
      expect(culprits, `${path} is ${width} px wide`).toEqual([]);
    }
    expect(width).toBeLessThanOrEqual(PHONE.width);
  });
}

test('a long unbroken search query does not widen the page', async ({ page }) => {
  // 5,000 characters: within what the preview server accepts in a URL; the page keeps the first 200.
  await page.goto(`/search/?q=${'x'.repeat(5000)}`);
  await expect(page.getByRole('status')).toContainText('xxxx');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

test('a 100,000-character token in the softmax logits does not widen the page', async ({ page }) => {
  await page.goto('/functions/softmax/');
  const logits = page.getByRole('textbox', { name: /Logits/ });
  await logits.fill('1, ' + '9'.repeat(100_000) + 'x');
  await expect(page.locator('#softmax-error')).toContainText('is not a finite number');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

test('navigation links and chart controls are at least 44 × 44 px on a phone', async ({ page }) => {
  await page.goto('/functions/leaky-relu/');
  const targets = page.locator(
    '.site-header nav a, .pager a, .page-toc summary, activation-chart label:has(input[type=checkbox]), activation-chart input[type=range]',
  );
  const small: string[] = [];
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    if (box && box.height < 44) small.push(`${await target.textContent()} is ${Math.round(box.height)} px high`);
  }
  expect(small).toEqual([]);
});

test('every home-page card is one link whose box is the whole card', async ({ page }) => {
  await page.goto('/');
  const card = page
    .locator('.card')
    .filter({ has: page.locator('a') })
    .first();
  await expect(card.locator('a')).toHaveCount(1);
  await card.scrollIntoViewIfNeeded();
  const box = (await card.boundingBox())!;
  // A tap near the card's bottom-right corner, far from the name, follows the link.
  await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
  await expect(page).toHaveURL(/\/functions\/[a-z0-9-]+\/$/);
});
