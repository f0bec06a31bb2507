/** What the gradient-flow lab shows for a set of results: the plotted series, their axis, and the tables. */
import { getActivation } from '../../activations';
import { formatValue } from '../../format/number';
import { gradientFlow as gradientFlowEn } from '../../i18n/en/gradientFlow';
import type { LayerFlow } from '../../nn';
import { logAxis, logExtent, type LogAxis } from '../../plot/log-ticks';
import { palette, swatchSvg } from '../../plot/palette';
import type { FlowFn, Metric } from './state';

type Strings = typeof gradientFlowEn;

/** Norms and spreads span many orders of magnitude: they are plotted on a log scale; the dead share is not. */
export const logScale = (metric: Metric) => metric !== 'dead';

export function metricValue(layer: LayerFlow, metric: Metric): number {
  switch (metric) {
    case 'gradient':
      return layer.weightGradNorm;
    case 'signal':
      return layer.signalNorm;
    case 'std':
      return layer.std;
    case 'dead':
      return layer.deadShare;
  }
}

/** One result per function, in the order chosen (the reader's formula last, with its normalised text). */
export interface FlowResult {
  readonly id: FlowFn;
  readonly formula?: string;
  readonly init: string;
  readonly layers: readonly LayerFlow[];
}

/** A result's name in legends and tables: the registry's, or "f(x) = <formula>" (plain text: escape it for HTML). */
export const resultName = (r: Pick<FlowResult, 'id' | 'formula'>, t: Strings = gradientFlowEn) =>
  r.id === 'custom' ? t.customFormula(r.formula ?? '') : getActivation(r.id).name;

/** One curve: positive values as points (NaN where the value is 0, leaving a gap), and the layers where it is 0. */
export interface FlowSeries {
  readonly id: FlowFn;
  readonly name: string;
  readonly points: readonly { x: number; y: number }[];
  readonly zeros: readonly number[];
}

/** The curves of one metric and the y axis that fits them (a log axis, or 0…100 % for the dead share). */
export function flowPlot(
  results: readonly FlowResult[],
  metric: Metric,
  t: Strings = gradientFlowEn,
): { series: FlowSeries[]; axis: LogAxis } {
  const log = logScale(metric);
  const series = results.map((r) => ({
    id: r.id,
    name: resultName(r, t),
    points: r.layers.map((l) => {
      const v = metricValue(l, metric);
      return { x: l.layer, y: log && v === 0 ? NaN : v };
    }),
    zeros: log ? r.layers.filter((l) => metricValue(l, metric) === 0).map((l) => l.layer) : [],
  }));
  if (!log) {
    const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((value) => ({ value, label: `${Math.round(value * 100)} %` }));
    return { series, axis: { min: 0, max: 1, ticks } };
  }
  const extent = logExtent(series.flatMap((s) => s.points.map((p) => p.y)));
  return { series, axis: extent ? logAxis(...extent) : logAxis(0.1, 10) };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A norm or spread as a table cell: 0 is spelled out as "no gradient" for the gradients, not printed as a number. */
function cell(value: number, metric: Metric, t: Strings): string {
  if (metric === 'dead') return `${Math.round(value * 100)}%`;
  if (value === 0 && metric !== 'std') return t.noGradient;
  return formatValue(value, 'table');
}

/** first ÷ last, with 0 ÷ 0 undefined ("—", explained under the table) rather than NaN. */
function ratioCell(first: number, last: number, t: Strings): string {
  return first === 0 && last === 0 ? t.undefinedRatio : formatValue(first / last, 'table');
}

/** The legend's items: each series' colour swatch and its name, as text (a formula's name is escaped). */
export const legendHtml = (series: readonly FlowSeries[]) =>
  series.map((s, i) => `<li>${swatchSvg(palette[i % palette.length]!)}${escape(s.name)}</li>`).join('');

/** The summary table: how the gradient changes from the last layer to the first, and the activations' state. */
export function summaryTableHtml(results: readonly FlowResult[], t: Strings = gradientFlowEn): string {
  const head = `<thead><tr>${t.summaryHead.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`;
  const rows = results.map((r) => {
    const { id, init, layers } = r;
    const first = layers[0]!;
    const last = layers[layers.length - 1]!;
    const dead = Math.max(...layers.map((l) => l.deadShare));
    const cells = [
      cell(first.weightGradNorm, 'gradient', t),
      cell(last.weightGradNorm, 'gradient', t),
      ratioCell(first.weightGradNorm, last.weightGradNorm, t),
      cell(last.std, 'std', t),
    ].map((text) => `<td>${escape(text)}</td>`);
    return `<tr data-id="${id}"><th scope="row">${escape(resultName(r, t))} (${escape(init)})</th>${cells.join('')}<td>${Math.round(dead * 100)}%</td></tr>`;
  });
  return `${head}<tbody>${rows.join('')}</tbody>`;
}

/** Whether some function's weight gradient is exactly 0 at both ends, so the summary needs its note on "—". */
export const hasUndefinedRatio = (results: readonly FlowResult[]) =>
  results.some((r) => r.layers[0]!.weightGradNorm === 0 && r.layers[r.layers.length - 1]!.weightGradNorm === 0);

/** Every layer's value of one metric, as a table: the chart's text alternative. */
export function layerTableHtml(results: readonly FlowResult[], metric: Metric, t: Strings = gradientFlowEn): string {
  const depth = results[0]?.layers.length ?? 0;
  const head = `<thead><tr><th scope="col">${escape(t.layer)}</th>${results.map((r) => `<th scope="col">${escape(resultName(r, t))}</th>`).join('')}</tr></thead>`;
  const rows = Array.from({ length: depth }, (_, l) => {
    const cells = results.map((r) => `<td>${escape(cell(metricValue(r.layers[l]!, metric), metric, t))}</td>`);
    return `<tr><th scope="row">${l + 1}</th>${cells.join('')}</tr>`;
  });
  return `${head}<tbody>${rows.join('')}</tbody>`;
}
