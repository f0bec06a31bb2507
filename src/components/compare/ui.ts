/**
 * What the comparison page needs only once the reader acts (or a formula is present): the canvas chart,
 * reading controls back, PNG export, the matrix sort and the formula fields. Loaded with a dynamic import so
 * the script that runs before any interaction stays small (budget: 20 kB gzip, e2e/budgets.spec.ts).
 */
export { createCompareChart, showCurves } from './canvas';
export { readControls, withCopy } from './controls-read';
export { downloadPng } from './export-png';
export { formulaRow, parseCached, showFormulaResult } from './formulas';
export { sortMatrix } from './matrix';

/** Copy the page's link, saying so in `status` (or showing the link when the clipboard is refused). */
export async function copyLink(status: Element, t: { linkCopied: string; copyThisLink: (href: string) => string }) {
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = t.linkCopied;
  } catch {
    status.textContent = t.copyThisLink(location.href);
  }
}
