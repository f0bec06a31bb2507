/**
 * The comparison page's two tables: the sampled-values alternative to the chart, and the sortable matrix.
 * Built with DOM nodes and textContent: a column heading may be a reader's formula, which is never HTML.
 */
import { formatNumber } from '../../lib/format/number';
import type { Curve } from './chart';

/** How many x positions the data table lists. */
const TABLE_POINTS = 13;

const cell = (tag: 'th' | 'td', text: string, scope?: 'col' | 'row') => {
  const el = document.createElement(tag);
  el.textContent = text;
  if (scope) el.scope = scope;
  return el;
};

/** Fill a table with the curves at evenly spaced x, for readers who cannot see the chart. */
export function fillDataTable(table: HTMLTableElement, curves: readonly Curve[]): void {
  table.replaceChildren();
  const first = curves[0];
  if (!first) return;
  const n = first.points.length;
  const rows = Array.from({ length: TABLE_POINTS }, (_, k) => Math.round((k * (n - 1)) / (TABLE_POINTS - 1)));
  const head = table.createTHead().insertRow();
  head.append(cell('th', 'x', 'col'), ...curves.map((c) => cell('th', c.label, 'col')));
  const body = table.createTBody();
  for (const i of rows) {
    const row = body.insertRow();
    row.append(
      cell('th', formatNumber(first.points[i]!.x, 4), 'row'),
      ...curves.map((c) => cell('td', formatNumber(c.points[i]!.y, 4))),
    );
  }
}

/** Sort the matrix rows by one column, toggling direction on repeated use; updates aria-sort. */
export function sortMatrix(table: HTMLTableElement, column: number, button: HTMLElement): void {
  const headers = [...table.tHead!.rows[0]!.cells];
  const current = headers[column]!.getAttribute('aria-sort');
  const direction = current === 'ascending' ? 'descending' : 'ascending';
  headers.forEach((th) => th.removeAttribute('aria-sort'));
  headers[column]!.setAttribute('aria-sort', direction);
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const key = (row: HTMLTableRowElement) => row.cells[column]!.dataset.sort ?? '';
  const compare = (a: string, b: string) => {
    const [x, y] = [Number(a), Number(b)];
    if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x === y ? 0 : x - y;
    return a.localeCompare(b);
  };
  rows.sort((a, b) => (direction === 'ascending' ? 1 : -1) * compare(key(a), key(b)));
  body.append(...rows);
  button.focus();
}
