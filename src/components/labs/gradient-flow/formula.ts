/**
 * The reader's formula in the gradient-flow lab's script: the parser, fetched only when a formula is there to
 * read (so the page's first load never carries it), and the inline message, as text, beside the field when
 * one does not parse.
 */
import type { gradientFlow as gradientFlowEn } from '../../../lib/i18n/en/gradientFlow';
import { formulaText, type FormulaProblem, type FormulaReader } from '../../../lib/labs/gradient-flow/state';

let reader: FormulaReader | undefined;
let loading: Promise<FormulaReader> | undefined;

/** parseFormula once it has been loaded (see loadParser), else undefined. */
export const loadedParser = (): FormulaReader | undefined => reader;

/** Fetch the parser (once); needed only when a formula is there to read. */
export function loadParser(): Promise<FormulaReader> {
  loading ??= import('../../../lib/formula').then((m) => (reader = m.parseFormula));
  return loading;
}

/** Resolves when the page's address can be read at once: now without a formula, else once the parser loaded (or failed to). */
export const addressReadable = (): Promise<unknown> =>
  formulaText(location.search) === undefined ? Promise.resolve() : loadParser().catch(() => undefined);

/** Whether `search` has a formula the parser has not been loaded for yet. */
export const awaitsParser = (search: string | URLSearchParams) => formulaText(search) !== undefined && !reader;

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
