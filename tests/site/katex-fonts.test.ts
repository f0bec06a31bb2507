import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { katexFontsUsed } from '../../src/lib/site/katex-fonts';

const typeset = (latex: string) => katex.renderToString(latex, { displayMode: true });

describe('katexFontsUsed', () => {
  test('plain maths needs the main and math-italic fonts', () => {
    expect(katexFontsUsed(typeset('f(x) = x^2'))).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
  });

  test('a cases brace needs the delimiter fonts KaTeX stacks it from', () => {
    const fonts = katexFontsUsed(typeset('f(x) = \\begin{cases} x & x > 0 \\\\ 0 & x \\le 0 \\end{cases}'));
    expect(fonts.some((font) => font.startsWith('KaTeX_Size'))).toBe(true);
  });

  test('blackboard bold needs the AMS font, and bold the bold font', () => {
    expect(katexFontsUsed(typeset('\\mathbb{R}'))).toContain('KaTeX_AMS-Regular');
    expect(katexFontsUsed(typeset('\\mathbf{x}'))).toContain('KaTeX_Main-Bold');
  });

  test('a page without maths needs no KaTeX font', () => {
    expect(katexFontsUsed('<p class="lead">No maths here.</p>')).toEqual([]);
  });
});
