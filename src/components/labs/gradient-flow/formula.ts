/**
 * The reader's formula in the gradient-flow lab's script: the parser, fetched only when a formula is there to
 * read (so the page's first load never carries it), and the inline message, as text, beside the field when
 * one does not parse.
 */
import type { gradientFlow as gradientFlowEn } from '../../../lib/i18n/en/gradientFlow';
import { formulaText, type FormulaProblem, type FormulaReader } from '../../../lib/labs/gradient-flow/state';

let parser: Promise<FormulaReader> | undefined;

/** parseFormula when `search` has a formula (loaded once, on first need), else undefined. */
export async function parserFor(search: string | URLSearchParams): Promise<FormulaReader | undefined> {
  if (formulaText(search) === undefined) return undefined;
  parser ??= import('../../../lib/formula').then((m) => m.parseFormula);
  return parser;
}

/**
 * Show the parser's message beside the field (or hide it for none); the bad text stays in the field to be
 * fixed, and with `fill` (read from the address) is put there.
 */
export function showFormulaProblem(
  root: Element,
  problem: FormulaProblem | undefined,
  t: typeof gradientFlowEn,
  fill = false,
) {
  const field = root.querySelector<HTMLInputElement>('input[name=formula]');
  const message = root.querySelector<HTMLElement>('.formula-error');
  if (!field || !message) return;
  field.setAttribute('aria-invalid', String(problem !== undefined));
  message.hidden = problem === undefined;
  if (!problem) return void (message.textContent = '');
  if (fill) field.value = problem.text;
  // Text only, and a short excerpt, so a long or hostile input can neither inject markup nor widen the page.
  const excerpt = problem.text.slice(problem.start, Math.min(problem.end, problem.start + 30)) || '…';
  message.textContent = t.formulaError(problem.message, problem.start + 1, excerpt);
}
