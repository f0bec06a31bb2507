/**
 * The comparison overlay on a canvas: one or two datasets per curve (f with its function's site-wide style,
 * f′ thinner in the same colour), redrawn in place without animation. Chart.js is imported lazily by the caller.
 */
import type { Chart as ChartType } from 'chart.js';
import { getActivation } from '../../lib/activations';
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
  const page = source.kind === 'fn' ? `/functions/${source.id === 'gelu-tanh' ? 'gelu' : source.id}/` : undefined;
  return series.map((s) => {
    const style = s === 'df' && view === 'both' ? derivativeStyle(source.style) : source.style;
    const samples = sampleFunction(s === 'f' ? evaluator.f : evaluator.df, xmin, xmax, COMPARE_SAMPLES);
    const points = Array.from(samples.xs, (x, i) => ({ x, y: samples.ys[i]! }));
    const label = s === 'f' ? source.label : `${source.label} ${derivativeSuffix}`;
    const width = s === 'df' && view === 'both' ? DF_WIDTH : F_WIDTH;
    return { key: source.key, page, series: s, label, color: style.color, dash: style.dash, width, samples, points };
  });
}

/** Paint the page background under the chart, so a downloaded PNG is readable in either colour scheme. */
const background = {
  id: 'background',
  beforeDraw(chart: ChartType) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = getComputedStyle(chart.canvas).getPropertyValue('--bg').trim() || '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export async function createCompareChart(canvas: HTMLCanvasElement): Promise<ChartType<'line', Points>> {
  const { Chart } = await import('../plot/chart-engine');
  const style = getComputedStyle(canvas);
  const color = (name: string) => style.getPropertyValue(name).trim();
  const title = (text: string) => ({ display: true, text, color: color('--text-soft') });
  // Zero axes drawn darker than the grid, and true minus signs in tick labels.
  const grid = { color: (c: { tick: { value: number } }) => (c.tick.value === 0 ? color('--axis') : color('--grid')) };
  const ticks = { color: color('--text-soft'), callback: (v: number | string) => String(v).replace('-', '−') };
  return new Chart<'line', Points>(canvas, {
    type: 'line',
    data: { datasets: [] },
    plugins: [background],
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      // One unsegmented path per curve: much faster to stroke with thousands of points (Chart.js performance docs).
      spanGaps: true,
      maintainAspectRatio: false,
      elements: { point: { radius: 0, hoverRadius: 3 }, line: { borderWidth: F_WIDTH } },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { type: 'linear', grid, ticks, title: title('x') },
        y: { type: 'linear', grid, ticks, title: title('f(x)') },
      },
    },
  });
}

/**
 * Show these curves and redraw at once. Dataset objects are reused and only curves whose samples changed get
 * new data, so Chart.js re-parses just those (the rest keep their cached elements).
 */
export function showCurves(
  chart: ChartType<'line', Points>,
  curves: readonly Curve[],
  hidden: ReadonlySet<string>,
  axes: { xmin: number; xmax: number; xTitle: string; yTitle: string },
): void {
  const datasets = chart.data.datasets;
  datasets.length = Math.min(datasets.length, curves.length);
  curves.forEach((c, i) => {
    const existing = datasets[i];
    const dash = [...c.dash];
    if (
      existing &&
      existing.label === c.label &&
      existing.borderColor === c.color &&
      existing.borderWidth === c.width
    ) {
      if (existing.data !== c.points) existing.data = c.points;
      existing.borderDash = dash;
    } else {
      datasets[i] = { label: c.label, data: c.points, borderColor: c.color, borderDash: dash, borderWidth: c.width };
    }
    datasets[i]!.hidden = hidden.has(curveId(c));
  });
  const { x, y } = chart.options.scales ?? {};
  if (x) Object.assign(x, { min: axes.xmin, max: axes.xmax });
  if (x?.title) x.title.text = axes.xTitle;
  if (y?.title) y.title.text = axes.yTitle;
  chart.update('none');
}

/** A drawn line's identity for the legend's show/hide toggle: the curve and which of f, f′ it is. */
export const curveId = (c: Pick<Curve, 'key' | 'series'>): string => `${c.key}:${c.series}`;
