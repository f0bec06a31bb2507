/**
 * What the search index should not read. KaTeX writes each equation twice: the visible HTML, and MathML
 * (with the LaTeX source as an annotation) for screen readers. Pagefind would index both and show excerpts
 * like "f(x)=max⁡(0,x)f(x) = \max(0, x)f(x)=max(0,x)"; marking the MathML copy `data-pagefind-ignore`
 * leaves the readable text once, while screen readers keep the MathML.
 */
const MATHML_OPEN = '<span class="katex-mathml">';

/** The page's HTML with every KaTeX MathML copy kept out of the search index. */
export function withoutIndexedMathml(html: string): string {
  return html.replaceAll(MATHML_OPEN, '<span class="katex-mathml" data-pagefind-ignore>');
}
