/**
 * The comparison overlay on a canvas: one or two datasets per curve (f with its function's site-wide style,
 * f′ thinner in the same colour), sampled here; canvas.ts draws them with Chart.js once the reader interacts.
 */
import { localeOf } from '../../lib/i18n/locale';
import { localePath } from '../../lib/i18n/paths';
import { getActivation, pageOf } from '../../lib/activations';
import type { CurveSource } from '../../lib/compare/curves';
import type { View } from '../../lib/compare/state';
import { derivativeStyle } from '../../lib/plot/palette';
import { sampleFunction, type Sampled } from '../../lib/plot/sample';

export const COMPARE_SAMPLES = 1000;
/** Line widths in CSS pixels: a function, and its derivative beside it. */
export const F_WIDTH = 2.5;
export const DF_WIDTH = 1.5;

type Points = { x: number; y: number }[];
export interface Curve {
  /** The source curve's key, shared by its f and f′. */
  key: string;
  /** The function page to link, or undefined for a reader's formula. */
  page: string | undefined;
  series: 'f' | 'df';
  label: string;
  color: string;
  dash: readonly number[];
  width: number;
  samples: Sampled;
  points: Points;
}

/** f and f′ of one curve: a built-in at its parameters, or a parsed formula. */
export interface Evaluator {
  f(x: number): number;
  df(x: number): number;
}

export function evaluatorOf(source: CurveSource & { kind: 'fn' }): Evaluator {
  return getActivation(source.id).bind(source.params);
}

/** Sample one curve's f and/or f′ for the view. */
export function curvesFor(
  source: CurveSource,
  evaluator: Evaluator,
  view: View,
  xmin: number,
  xmax: number,
  /** Appended to a derivative's legend label, e.g. "(f′)". */
  derivativeSuffix: string,
): Curve[] {
  const series: ('f' | 'df')[] = view === 'both' ? ['f', 'df'] : view === 'function' ? ['f'] : ['df'];
  const page =
    source.kind === 'fn'
      ? localePath(localeOf(document.documentElement.lang), `/functions/${pageOf(source.id)}/`)
      : undefined;
  return series.map((s) => {
    const style = s === 'df' && view === 'both' ? derivativeStyle(source.style) : source.style;
    const samples = sampleFunction(s === 'f' ? evaluator.f : evaluator.df, xmin, xmax, COMPARE_SAMPLES);
    const points = Array.from(samples.xs, (x, i) => ({ x, y: samples.ys[i]! }));
    const label = s === 'f' ? source.label : `${source.label} ${derivativeSuffix}`;
    const width = s === 'df' && view === 'both' ? DF_WIDTH : F_WIDTH;
    return { key: source.key, page, series: s, label, color: style.color, dash: style.dash, width, samples, points };
  });
}

/** A drawn line's identity for the legend's show/hide toggle: the curve and which of f, f′ it is. */
export const curveId = (c: Pick<Curve, 'key' | 'series'>): string => `${c.key}:${c.series}`;
