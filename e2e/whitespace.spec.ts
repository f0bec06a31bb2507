/**
 * No word runs into the link or emphasis next to it ("some<a>ReLU</a>" read as "someReLU"), on any built page.
 * The cause was whitespace lost at build time: Astro 7 applies JSX whitespace rules (compressHTML: 'jsx'), so
 * a line break between a word and an element vanishes, while Prettier formats .astro markup by HTML's rules,
 * where that line break is a space. Read from the rendered DOM: for each inline element, the text node
 * before it must not end in a letter or digit when the element's text starts with a letter, and the text
 * after it must not start with a letter when the element's text ends in a letter or digit. Chinese writes no
 * spaces between words (the house rule adds none between Chinese and Latin either), so a join where either
 * side is a Chinese character is correct.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

/**
 * Joins that are correct typography: a letter straight before an inline element whose text is a suffix or
 * a symbol's continuation, e.g. "f′(x)" split for styling. Each entry is "before⟨element⟩after" context.
 */
const allowed: readonly RegExp[] = [];

for (const path of builtPages()) {
  test(`${path}: no word runs into the inline element next to it`, async ({ page }) => {
    await page.goto(path);
    const joins = await page.evaluate(() => {
      const found: string[] = [];
      const han = /\p{Script=Han}/u;
      const letter = /[\p{L}\p{N}]/u;
      const startsWord = /^\p{L}/u;
      const latinJoin = (left: string, right: string) => !han.test(left) && !han.test(right);
      for (const element of document.querySelectorAll('main a, main em, main strong, main code')) {
        if (element.closest('pre, svg, .katex, script, style')) continue;
        const text = element.textContent ?? '';
        if (text.trim() === '') continue;
        const before = element.previousSibling;
        const after = element.nextSibling;
        const last = before?.textContent?.slice(-1) ?? '';
        if (
          before?.nodeType === Node.TEXT_NODE &&
          letter.test(last) &&
          startsWord.test(text) &&
          latinJoin(last, text[0]!)
        )
          found.push(`${before.textContent!.slice(-30)}⟨${text.slice(0, 30)}⟩`);
        const next = after?.textContent?.[0] ?? '';
        if (
          after?.nodeType === Node.TEXT_NODE &&
          startsWord.test(next) &&
          letter.test(text.slice(-1)) &&
          latinJoin(text.slice(-1), next)
        )
          found.push(`⟨${text.slice(-30)}⟩${after.textContent!.slice(0, 30)}`);
      }
      return found;
    });
    expect(joins.filter((join) => !allowed.some((pattern) => pattern.test(join)))).toEqual([]);
  });
}
