/**
 * Reader-facing wording of each property in the module's `properties`, shared by a function page's
 * properties table and the comparison page's matrix, plus sort keys for the matrix.
 */
import type { Activation, Cost, Properties, Smoothness } from '../activations';
import { formatNumber } from '../format/number';

export const smoothnessLabels: Record<Smoothness, string> = {
  discontinuous: 'Discontinuous',
  C0: 'Continuous, with kinks (C⁰)',
  C1: 'Once continuously differentiable (C¹)',
  'C∞': 'Infinitely differentiable (C^∞)',
};

export const costLabels: Record<Cost, string> = {
  minimal: 'Minimal (comparisons, a multiply)',
  low: 'Low (one exp or division)',
  moderate: 'Moderate (erf, or several exps)',
  high: 'High',
};

export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export function saturationLabel(p: Properties): string {
  const { negative, positive } = p.saturates;
  if (negative && positive) return 'Both sides';
  if (negative) return 'Negative side';
  if (positive) return 'Positive side';
  return 'No';
}

export function boundedLabel(p: Properties): string {
  const below = Number.isFinite(p.range[0]);
  const above = Number.isFinite(p.range[1]);
  return below && above ? 'Both' : below ? 'Below' : above ? 'Above' : 'No';
}

/** The matrix columns: a heading, the text shown, and a key that sorts in a meaningful order. */
export const matrixColumns = [
  { key: 'name', heading: 'Function', text: (a: Activation) => a.name, sort: (a: Activation) => a.name.toLowerCase() },
  {
    key: 'range',
    heading: 'Range',
    text: (a: Activation) => a.properties.rangeLatex,
    sort: (a: Activation) => a.properties.range[0],
  },
  {
    key: 'monotonic',
    heading: 'Monotonic',
    text: (a: Activation) => yesNo(a.properties.monotonic),
    sort: (a: Activation) => Number(a.properties.monotonic),
  },
  {
    key: 'smoothness',
    heading: 'Smoothness',
    text: (a: Activation) => a.properties.smoothness,
    sort: (a: Activation) => ['discontinuous', 'C0', 'C1', 'C∞'].indexOf(a.properties.smoothness),
  },
  {
    key: 'zero-centred',
    heading: 'Zero-centred',
    text: (a: Activation) => yesNo(a.properties.zeroCentred),
    sort: (a: Activation) => Number(a.properties.zeroCentred),
  },
  {
    key: 'bounded',
    heading: 'Bounded',
    text: (a: Activation) => boundedLabel(a.properties),
    sort: (a: Activation) => boundedLabel(a.properties),
  },
  {
    key: 'saturates',
    heading: 'Saturates',
    text: (a: Activation) => saturationLabel(a.properties),
    sort: (a: Activation) => saturationLabel(a.properties),
  },
  {
    key: 'max-slope',
    heading: 'Max |f′|',
    text: (a: Activation) => formatNumber(a.properties.maxAbsDerivative, 4),
    sort: (a: Activation) => a.properties.maxAbsDerivative,
  },
  {
    key: 'cost',
    heading: 'Cost',
    text: (a: Activation) => a.properties.cost,
    sort: (a: Activation) => ['minimal', 'low', 'moderate', 'high'].indexOf(a.properties.cost),
  },
] as const;
