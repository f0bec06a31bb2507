/**
 * The reader's own formulas on the comparison page. The parser (src/lib/formula) is loaded with a dynamic
 * import only when a formula is present or typed, so it is not part of the page's first-load script.
 * Everything the reader typed is put on the page as text (textContent), never as HTML.
 */
import type { ParseResult } from '../../lib/formula';
import { compare as compareEn } from '../../lib/i18n/en/compare';

type FormulaModule = typeof import('../../lib/formula');
let loading: Promise<FormulaModule> | undefined;
/** The formula module, fetched once. */
export const loadFormula = (): Promise<FormulaModule> => (loading ??= import('../../lib/formula'));

const cache = new Map<string, ParseResult>();
/** Parse with a small cache: redraws re-use the compiled formula. */
export async function parseCached(text: string): Promise<ParseResult> {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = (await loadFormula()).parseFormula(text);
  if (cache.size > 32) cache.clear();
  cache.set(text, result);
  return result;
}

/** Characters of context shown either side of the problem. */
const CONTEXT = 12;

/**
 * Show a parse result under its field: nothing when it parsed, else the message and the typed text around the
 * problem with the offending part marked (a caret-like mark at the end when the input simply stops).
 */
export function showFormulaResult(
  row: HTMLElement,
  text: string,
  result: ParseResult | undefined,
  t: typeof compareEn,
) {
  const input = row.querySelector<HTMLInputElement>('input[name=custom]')!;
  const box = row.querySelector<HTMLElement>('.formula-error')!;
  if (!result || result.ok || text.trim() === '') {
    input.removeAttribute('aria-invalid');
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  input.setAttribute('aria-invalid', 'true');
  const start = Math.max(0, Math.min(result.start, text.length));
  const end = Math.max(start, Math.min(result.end, text.length, start + 2 * CONTEXT));
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const quote = document.createElement('code');
  const mark = document.createElement('mark');
  mark.textContent = end > start ? text.slice(start, end) : ' ';
  quote.append(
    `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    mark,
    `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  );
  const message = document.createElement('span');
  message.textContent = t.formulaError(result.message);
  box.replaceChildren(message, ' ', quote);
  box.hidden = false;
}

/** A new formula row: label, text field, remove button, and the (hidden) error line. */
export function formulaRow(n: number, text: string, t: typeof compareEn): HTMLLIElement {
  const row = document.createElement('li');
  const id = `formula-error-${n}`;
  const label = document.createElement('label');
  label.textContent = t.formulaLabel(n);
  const input = document.createElement('input');
  Object.assign(input, { type: 'text', name: 'custom', value: text, spellcheck: false, autocomplete: 'off' });
  input.setAttribute('aria-describedby', `${id} formula-hint`);
  input.setAttribute('autocapitalize', 'off');
  label.append(input);
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.dataset.action = 'remove-formula';
  remove.textContent = '×';
  remove.setAttribute('aria-label', t.removeFormula(n));
  const error = document.createElement('p');
  error.className = 'formula-error';
  error.id = id;
  error.hidden = true;
  row.append(label, remove, error);
  return row;
}
