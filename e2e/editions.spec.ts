/**
 * The two editions stay in step: every page has its twin in the other language, each names the other with
 * hreflang, links stay in the reader's edition, the language switch keeps the page's state, and Chinese search
 * and exercises work in Chinese. The first tests read dist/ (like links.spec.ts); the rest use the browser.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { exerciseIn, exercisesByChapter } from '../src/lib/learn/exercises';
import { zh } from '../src/lib/i18n/zh';
import { alternatePaths, pathLocale } from '../src/lib/i18n/paths';
import { builtHtml, builtPages, watchForProblems } from './site';

const pages = builtPages();
const CJK = /[\u4e00-\u9fff]/;

test('every page has its twin in the other edition, and the two name each other with hreflang', () => {
  const set = new Set(pages);
  const problems: string[] = [];
  const zhPages = pages.filter((p) => pathLocale(p) === 'zh');
  // Not a vacuous walk: both editions are complete sites.
  expect(zhPages.length).toBeGreaterThan(60);
  expect(zhPages.length * 2).toBe(pages.length);
  // Each edition has its own not-found page (whose language switch leads to the other edition's home).
  expect(set.has('/404.html') && set.has('/zh/404.html')).toBe(true);
  for (const path of pages) {
    const twins = alternatePaths(path);
    for (const twin of Object.values(twins)) if (!set.has(twin)) problems.push(`${path}: no twin ${twin}`);
    if (path.endsWith('404.html')) continue;
    const page = builtHtml(path);
    const lang = pathLocale(path) === 'zh' ? 'zh-CN' : 'en';
    if (!page.includes(`<html lang="${lang}"`)) problems.push(`${path}: <html lang> is not ${lang}`);
    for (const [hreflang, twin] of [
      ['en', twins.en],
      ['zh-CN', twins.zh],
      ['x-default', twins.en],
    ] as const) {
      const link = new RegExp(`<link rel="alternate" hreflang="${hreflang}" href="https?://[^/"]+${twin}">`);
      if (!link.test(page)) problems.push(`${path}: no hreflang="${hreflang}" link to ${twin}`);
    }
  }
  expect(problems).toEqual([]);
});

test('links stay in the reader’s edition, except the language switch', () => {
  const problems: string[] = [];
  for (const path of pages) {
    const chinese = pathLocale(path) === 'zh';
    for (const [tag] of builtHtml(path).matchAll(/<a\s[^>]*>/g)) {
      const href = tag.match(/\shref="([^"]*)"/)?.[1];
      if (!href?.startsWith('/') || href.startsWith('//')) continue;
      const toChinese = pathLocale(href) === 'zh';
      const isSwitch = tag.includes('data-language-switch');
      if (isSwitch ? toChinese === chinese : toChinese !== chinese) problems.push(`${path}: ${href}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every page of both editions', () => {
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g)].map((m) => m[1]));
  const expected = pages.filter((p) => p.endsWith('/') && !p.startsWith('/zh/404'));
  expect([...listed].sort()).toEqual(expected.sort());
});

test('the language switch leads to the same comparison, state included, and back', async ({ page }) => {
  const problems = watchForProblems(page);
  const query = '?fns=mish,leaky-relu(alpha=0.2)&view=both&xmin=-3&xmax=3';
  await page.goto(`/compare/${query}`);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(`/zh/compare/${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.comparePage.title);
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/compare/${query}`);
  // Pressing the link is the page's first interaction, which starts loading the chart engine; leaving the page
  // then cancels that download, which is expected and harmless.
  expect(problems.filter((p) => !p.includes('net::ERR_ABORTED'))).toEqual([]);
});

for (const { query, page: target } of [
  { query: '激活函数', page: '/zh/' },
  { query: '梯度消失', page: '/zh/guides/vanishing-gradients/' },
  { query: '死亡', page: '/zh/guides/dying-relu/' },
  { query: '门控线性单元', page: '/zh/functions/glu/' },
  { query: '修正线性单元', page: '/zh/functions/relu/' },
]) {
  test(`Chinese search finds ${target} for “${query}”, in Chinese pages only`, async ({ page }) => {
    const problems = watchForProblems(page);
    await page.goto(`/zh/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator('.results a');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.every((href) => href.startsWith('/zh/'))).toBe(true);
    expect(hrefs.slice(0, 8)).toContain(target);
    expect(problems).toEqual([]);
  });
}

test('a Chinese chapter’s exercise checks the answer and answers in Chinese', async ({ page }) => {
  const exercise = exercisesByChapter['relu']!.map((x) => exerciseIn(x, 'zh')).find((x) => x.kind === 'choice')!;
  if (exercise.kind !== 'choice') throw new Error('chapter 4 has a multiple-choice exercise');
  await page.goto('/zh/learn/relu/');
  const form = page.getByRole('form', { name: exercise.question });
  await form.getByRole('radio', { name: exercise.choices[(exercise.answer + 1) % exercise.choices.length]! }).check();
  await form.getByRole('button').first().click();
  await expect(form.getByRole('status')).toContainText(exercise.hint);
  await form.getByRole('radio', { name: exercise.choices[exercise.answer]! }).check();
  await form.getByRole('button').first().click();
  await expect(form.getByRole('status')).toContainText(exercise.explanation);
  expect(CJK.test((await form.getByRole('status').textContent()) ?? '')).toBe(true);
});
