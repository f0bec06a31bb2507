/**
 * Which KaTeX font files a page's typeset maths uses, read from the class names KaTeX puts in its HTML
 * (the rules are those of katex.css). Preloading exactly these lets every glyph render in its final font
 * on first paint, so nothing shifts when the fonts arrive.
 */

/** A class (or pair of classes on one element) and the font file it selects. */
const rules: readonly (readonly [readonly string[], string])[] = [
  [['katex'], 'KaTeX_Main-Regular'],
  [['mathnormal'], 'KaTeX_Math-Italic'],
  [['mathit'], 'KaTeX_Main-Italic'],
  [['textit'], 'KaTeX_Main-Italic'],
  [['mathbf'], 'KaTeX_Main-Bold'],
  [['textbf'], 'KaTeX_Main-Bold'],
  [['boldsymbol'], 'KaTeX_Math-BoldItalic'],
  [['amsrm'], 'KaTeX_AMS-Regular'],
  [['mathbb'], 'KaTeX_AMS-Regular'],
  [['textbb'], 'KaTeX_AMS-Regular'],
  [['mathcal'], 'KaTeX_Caligraphic-Regular'],
  [['mathfrak'], 'KaTeX_Fraktur-Regular'],
  [['textfrak'], 'KaTeX_Fraktur-Regular'],
  [['mathtt'], 'KaTeX_Typewriter-Regular'],
  [['texttt'], 'KaTeX_Typewriter-Regular'],
  [['mathscr'], 'KaTeX_Script-Regular'],
  [['textscr'], 'KaTeX_Script-Regular'],
  [['mathsf'], 'KaTeX_SansSerif-Regular'],
  [['textsf'], 'KaTeX_SansSerif-Regular'],
  [['delimsizing', 'size1'], 'KaTeX_Size1-Regular'],
  [['delimsizing', 'size2'], 'KaTeX_Size2-Regular'],
  [['delimsizing', 'size3'], 'KaTeX_Size3-Regular'],
  [['delimsizing', 'size4'], 'KaTeX_Size4-Regular'],
  [['delim-size1'], 'KaTeX_Size1-Regular'],
  [['delim-size4'], 'KaTeX_Size4-Regular'],
  [['small-op'], 'KaTeX_Size1-Regular'],
  [['large-op'], 'KaTeX_Size2-Regular'],
];

/** The KaTeX font names (e.g. "KaTeX_Size4-Regular") that this HTML needs, sorted. Empty without maths. */
export function katexFontsUsed(html: string): string[] {
  if (!html.includes('class="katex')) return [];
  const fonts = new Set<string>();
  for (const match of html.matchAll(/class="([^"]+)"/g)) {
    const classes = new Set(match[1]!.split(/\s+/));
    for (const [needed, font] of rules) if (needed.every((c) => classes.has(c))) fonts.add(font);
  }
  return [...fonts].sort();
}
