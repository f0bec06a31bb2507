import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { withoutIndexedMathml } from '../../src/lib/site/search-index';

describe('withoutIndexedMathml', () => {
  test('marks the MathML copy of every KaTeX equation, and only that', () => {
    const html = `<p>${katex.renderToString('f(x) = \\max(0, x)')}</p><p>${katex.renderToString('x^2', { displayMode: true })}</p>`;
    const marked = withoutIndexedMathml(html);
    const mathml = [...marked.matchAll(/<span class="katex-mathml"[^>]*>/g)].map((m) => m[0]);
    expect(mathml).toEqual([
      '<span class="katex-mathml" data-pagefind-ignore>',
      '<span class="katex-mathml" data-pagefind-ignore>',
    ]);
    // The visible rendering stays indexed.
    expect(marked).toMatch(/<span class="katex-html" aria-hidden="true">/);
    expect(marked).not.toMatch(/katex-html"[^>]*data-pagefind-ignore/);
  });

  test('leaves a page without maths unchanged', () => {
    const html = '<p class="lead">No maths here.</p>';
    expect(withoutIndexedMathml(html)).toBe(html);
  });
});
