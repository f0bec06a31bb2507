/**
 * The reader's glossary: one entry per term in both editions, and every term linked from the prose where it is
 * first used. The first tests read dist/ (every page's glossary links, counted per page); the rest use the
 * browser to follow a link from a chapter to its highlighted entry and on to the chapter that teaches it.
 */
import { expect, test } from '@playwright/test';
import { glossaryEntries } from '../src/lib/glossary/entries';
import { pathLocale } from '../src/lib/i18n/paths';
import { builtHtml, builtPages, watchForProblems } from './site';

const pages = builtPages().filter((p) => !p.endsWith('404.html'));
const LINK = /<a href="(\/zh)?\/glossary\/#([a-z0-9-]+)" class="glossary-term">/g;

test('each page links a term at most once, to its own edition’s glossary; every term is linked from some page', () => {
  const linkedFrom = { en: new Set<string>(), zh: new Set<string>() };
  const problems: string[] = [];
  for (const path of pages) {
    const locale = pathLocale(path);
    const seen = new Set<string>();
    for (const [, prefix, id] of builtHtml(path).matchAll(LINK)) {
      if ((prefix === '/zh') !== (locale === 'zh')) problems.push(`${path}: glossary link to the other edition`);
      if (seen.has(id!)) problems.push(`${path}: "${id}" linked twice`);
      seen.add(id!);
      linkedFrom[locale].add(id!);
    }
  }
  expect(problems).toEqual([]);
  const ids = glossaryEntries.map((entry) => entry.id);
  expect(ids.filter((id) => !linkedFrom.en.has(id))).toEqual([]);
  expect(ids.filter((id) => !linkedFrom.zh.has(id))).toEqual([]);
});

// (Maths and embedded components are left alone too: tests/glossary/link-tree.test.ts.)
test('no glossary link sits in a heading, another link or code', () => {
  const problems: string[] = [];
  for (const path of pages) {
    const page = builtHtml(path);
    for (const [tag] of page.matchAll(/<(h[1-6]|code|pre|a)\b[^>]*>(?:(?!<\/\1>).)*?class="glossary-term"/gs))
      problems.push(`${path}: inside <${tag.slice(1, 3)}…>`);
  }
  expect(problems).toEqual([]);
});

for (const prefix of ['', '/zh']) {
  test(`${prefix}/glossary/ defines every term, each linking to the page that teaches it`, async ({ page }) => {
    const problems = watchForProblems(page);
    await page.goto(`${prefix}/glossary/`);
    const terms = page.locator('dl.glossary dt');
    await expect(terms).toHaveCount(glossaryEntries.length);
    expect(await terms.evaluateAll((dts) => dts.map((dt) => dt.id).sort())).toEqual(
      glossaryEntries.map((e) => e.id).sort(),
    );
    // The page in this edition; a #heading is carried over to the same heading of the Chinese page, whose ids
    // differ (links.spec.ts checks that every such anchor exists).
    for (const entry of glossaryEntries) {
      const [path, hash] = entry.taughtIn.split('#');
      const href = await page.locator(`dt#${entry.id} + dd .taught a`).getAttribute('href');
      expect(href?.split('#')[0]).toBe(`${prefix}${path}`);
      expect(href?.includes('#')).toBe(hash !== undefined);
    }
    expect(problems).toEqual([]);
  });

  test(`${prefix}: a chapter’s first use of a term leads to its highlighted entry`, async ({ page }) => {
    await page.goto(`${prefix}/learn/sigmoid-and-tanh/`);
    const link = page.locator('main a.glossary-term').first();
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/glossary/#${id}$`));
    const target = page.locator(`dt#${id}`);
    await expect(target).toBeInViewport();
    // The targeted entry is marked (a shaded background), so the eye finds it after the jump.
    const shade = await target.evaluate((dt) => getComputedStyle(dt.parentElement!).backgroundColor);
    expect(shade).not.toBe('rgba(0, 0, 0, 0)');
  });
}

test('the learning path and every page’s footer lead to the glossary, in both editions', async ({ page }) => {
  for (const prefix of ['', '/zh']) {
    await page.goto(`${prefix}/learn/`);
    await page.locator(`main a[href="${prefix}/glossary/"]`).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/glossary/$`));
    await page.goto(`${prefix}/functions/tanh/`);
    const footer = page.getByRole('contentinfo').getByRole('navigation');
    await footer.locator(`a[href="${prefix}/glossary/"]`).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/glossary/$`));
    await expect(footer.locator(`a[href="${prefix}/learn/cheat-sheet/"]`)).toBeVisible();
  }
});
