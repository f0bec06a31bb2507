/** The comparison page's two tables: the sampled-values alternative to the chart, and the sortable matrix. */
import { formatNumber } from '../../lib/format/number';
import type { Curve } from './chart';

/** How many x positions the data table lists. */
const TABLE_POINTS = 13;

/** An HTML table of the curves at evenly spaced x, for readers who cannot see the chart. */
export function dataTableHtml(curves: readonly Curve[]): string {
  const first = curves[0];
  if (!first) return '';
  const n = first.points.length;
  const rows = Array.from({ length: TABLE_POINTS }, (_, k) => Math.round((k * (n - 1)) / (TABLE_POINTS - 1)));
  const head = `<thead><tr><th scope="col">x</th>${curves.map((c) => `<th scope="col">${c.label}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map(
      (i) =>
        `<tr><th scope="row">${formatNumber(first.points[i]!.x, 4)}</th>${curves.map((c) => `<td>${formatNumber(c.points[i]!.y, 4)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `${head}<tbody>${body}</tbody>`;
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
