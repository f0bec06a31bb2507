/** What the gradient-flow lab shows for a set of results: the plotted series and the summary table. */
import { getActivation, type ActivationId } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Metric } from './state';
import type { LayerFlow } from '../../nn';

export const metricLabels: Record<Metric, string> = {
  gradient: 'Gradient norm ‖∂L/∂W‖ per layer',
  std: 'Standard deviation of the activations per layer',
  dead: 'Share of dead units per layer',
};

/** Gradient norms and spreads span many orders of magnitude: they are plotted on a log scale. */
export const logScale = (metric: Metric) => metric !== 'dead';

export function metricValue(layer: LayerFlow, metric: Metric): number {
  return metric === 'gradient' ? layer.weightGradNorm : metric === 'std' ? layer.std : layer.deadShare;
}

/** One result per function, in the order chosen. */
export interface FlowResult {
  readonly id: ActivationId;
  readonly init: string;
  readonly layers: readonly LayerFlow[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The summary table: how the gradient changes from the last layer to the first, and the activations' state. */
export function summaryTableHtml(results: readonly FlowResult[]): string {
  const head =
    '<thead><tr><th scope="col">Function (init)</th><th scope="col">‖∂L/∂W‖ at layer 1</th><th scope="col">at the last layer</th>' +
    '<th scope="col">first ÷ last</th><th scope="col">std at the last layer</th><th scope="col">most dead units in a layer</th></tr></thead>';
  const rows = results.map(({ id, init, layers }) => {
    const first = layers[0]!;
    const last = layers[layers.length - 1]!;
    const dead = Math.max(...layers.map((l) => l.deadShare));
    const cells = [first.weightGradNorm, last.weightGradNorm, first.weightGradNorm / last.weightGradNorm, last.std].map(
      (v) => `<td>${escape(formatNumber(v, 3))}</td>`,
    );
    return `<tr data-id="${id}"><th scope="row">${escape(getActivation(id).name)} (${escape(init)})</th>${cells.join('')}<td>${Math.round(dead * 100)}%</td></tr>`;
  });
  return `${head}<tbody>${rows.join('')}</tbody>`;
}

/** Every layer's value of one metric, as a table: the chart's text alternative. */
export function layerTableHtml(results: readonly FlowResult[], metric: Metric): string {
  const depth = results[0]?.layers.length ?? 0;
  const head = `<thead><tr><th scope="col">Layer</th>${results.map((r) => `<th scope="col">${escape(getActivation(r.id).name)}</th>`).join('')}</tr></thead>`;
  const rows = Array.from({ length: depth }, (_, l) => {
    const cells = results.map((r) => {
      const v = metricValue(r.layers[l]!, metric);
      return `<td>${metric === 'dead' ? `${Math.round(v * 100)}%` : escape(formatNumber(v, 3))}</td>`;
    });
    return `<tr><th scope="row">${l + 1}</th>${cells.join('')}</tr>`;
  });
  return `${head}<tbody>${rows.join('')}</tbody>`;
}
