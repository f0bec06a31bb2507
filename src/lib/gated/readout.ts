/**
 * The words and numbers beside the heat map: the read-out at the cursor (announced through aria-live) and a
 * small table of values that stands in for the picture for readers who cannot see it.
 */
import { formatNumber } from '../format/number';
import { fill } from '../i18n/fill';
import { coordinate, type Cursor, type GatedFunctions } from './grid';

/** Significant digits in the read-out and the table. */
const DIGITS = 4;

/**
 * The read-out at a grid point. `template` has the placeholders {name}, {a}, {b}, {f}, {dA} and {dB}, e.g.
 * "{name} at a = {a}, b = {b}: f = {f}, ∂f/∂a = {dA}, ∂f/∂b = {dB}".
 */
export function readoutText(template: string, name: string, fns: GatedFunctions, cursor: Cursor): string {
  const a = coordinate(cursor.i);
  const b = coordinate(cursor.j);
  return fill(template, {
    name,
    a: formatNumber(a),
    b: formatNumber(b),
    f: formatNumber(fns.f(a, b), DIGITS),
    dA: formatNumber(fns.dA(a, b), DIGITS),
    dB: formatNumber(fns.dB(a, b), DIGITS),
  });
}

/** The points of the text-alternative table along each axis. */
export const TABLE_POINTS = [-4, -2, 0, 2, 4] as const;

export interface TableLabels {
  /** Hidden header of the corner cell, e.g. "gate b down, value a across". */
  corner: string;
  /** Column header template with {a}, e.g. "a = {a}". */
  column: string;
  /** Row header template with {b}, e.g. "b = {b}". */
  row: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A 5 × 5 table of one surface: rows b = 4 … −4 (as in the picture), columns a = −4 … 4. */
export function surfaceTableHtml(fn: (a: number, b: number) => number, labels: TableLabels): string {
  const columns = TABLE_POINTS.map(
    (a) => `<th scope="col">${escapeText(fill(labels.column, { a: formatNumber(a) }))}</th>`,
  ).join('');
  const head = `<thead><tr><th scope="col"><span class="visually-hidden">${escapeText(labels.corner)}</span></th>${columns}</tr></thead>`;
  const rows = [...TABLE_POINTS]
    .reverse()
    .map((b) => {
      const cells = TABLE_POINTS.map((a) => `<td>${escapeText(formatNumber(fn(a, b), DIGITS))}</td>`).join('');
      return `<tr><th scope="row">${escapeText(fill(labels.row, { b: formatNumber(b) }))}</th>${cells}</tr>`;
    })
    .join('');
  return `${head}<tbody>${rows}</tbody>`;
}
