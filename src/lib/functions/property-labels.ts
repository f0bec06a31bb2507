/**
 * Reader-facing wording of each property in the module's `properties`, shared by a function page's
 * properties table and the comparison page's matrix, plus sort keys for the matrix. The wording comes from
 * the string table (English by default), so another language passes its own `functions.labels`.
 */
import type { Activation, Properties } from '../activations';
import { formatNumber } from '../format/number';
import { functions as functionsEn } from '../i18n/en/functions';

/** The property wording of one language. */
export type PropertyLabels = typeof functionsEn.labels;

const en = functionsEn.labels;

export const smoothnessLabels = en.smoothness;
export const costLabels = en.cost;

export const yesNo = (value: boolean, t: PropertyLabels = en) => (value ? t.yes : t.no);

/** Which sides saturate (f′ → 0), as a stable key: the properties table words it at length from this. */
export function saturationKey(p: Properties): 'both' | 'negative' | 'positive' | 'none' {
  const { negative, positive } = p.saturates;
  if (negative && positive) return 'both';
  if (negative) return 'negative';
  if (positive) return 'positive';
  return 'none';
}

export function saturationLabel(p: Properties, t: PropertyLabels = en): string {
  return t.saturation[saturationKey(p)];
}

export function boundedLabel(p: Properties, t: PropertyLabels = en): string {
  const below = Number.isFinite(p.range[0]);
  const above = Number.isFinite(p.range[1]);
  return below && above ? t.bounded.both : below ? t.bounded.below : above ? t.bounded.above : t.bounded.none;
}

/** The matrix columns in one language: a heading, the text shown, and a key that sorts in a meaningful order. */
export function matrixColumnsFor(t: PropertyLabels = en) {
  const h = t.columns;
  return [
    { key: 'name', heading: h.name, text: (a: Activation) => a.name, sort: (a: Activation) => a.name.toLowerCase() },
    {
      key: 'range',
      heading: h.range,
      text: (a: Activation) => a.properties.rangeLatex,
      sort: (a: Activation) => a.properties.range[0],
    },
    {
      key: 'monotonic',
      heading: h.monotonic,
      text: (a: Activation) => yesNo(a.properties.monotonic, t),
      sort: (a: Activation) => Number(a.properties.monotonic),
    },
    {
      key: 'smoothness',
      heading: h.smoothness,
      // C⁰, C¹ and C∞ are notation in every language; only "discontinuous" is a word.
      text: (a: Activation) =>
        a.properties.smoothness === 'discontinuous' ? t.compact.discontinuous : a.properties.smoothness,
      sort: (a: Activation) => ['discontinuous', 'C0', 'C1', 'C∞'].indexOf(a.properties.smoothness),
    },
    {
      key: 'zero-centred',
      heading: h.zeroCentred,
      text: (a: Activation) => yesNo(a.properties.zeroCentred, t),
      sort: (a: Activation) => Number(a.properties.zeroCentred),
    },
    {
      key: 'bounded',
      heading: h.bounded,
      text: (a: Activation) => boundedLabel(a.properties, t),
      sort: (a: Activation) => boundedLabel(a.properties, t),
    },
    {
      key: 'saturates',
      heading: h.saturates,
      text: (a: Activation) => saturationLabel(a.properties, t),
      sort: (a: Activation) => saturationLabel(a.properties, t),
    },
    {
      key: 'max-slope',
      heading: h.maxSlope,
      text: (a: Activation) => formatNumber(a.properties.maxAbsDerivative, 4),
      sort: (a: Activation) => a.properties.maxAbsDerivative,
    },
    {
      key: 'cost',
      heading: h.cost,
      text: (a: Activation) => t.compact.cost[a.properties.cost],
      sort: (a: Activation) => ['minimal', 'low', 'moderate', 'high'].indexOf(a.properties.cost),
    },
  ] as const;
}

/**
 * A label split around its superscripts, so a renderer can set `C∞` as C with a raised ∞ (Unicode has
 * superscript digits, used as C⁰ and C¹, but no superscript infinity).
 */
export function withSuperscripts(label: string): { text: string; sup: boolean }[] {
  return label.split(/(?<=C)(∞)/).map((text, i) => ({ text, sup: i % 2 === 1 }));
}
