/**
 * The comparison page's data table: the sampled-values alternative to the chart.
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
