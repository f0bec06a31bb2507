/**
 * The comparison overlay on a canvas: one or two datasets per function (f solid, f′ dashed), colours from
 * the shared palette, redrawn in place without animation. Chart.js is imported lazily by the caller.
 */
import type { Chart as ChartType } from 'chart.js';
import { getActivation, type ActivationId } from '../../lib/activations';
import { palette } from '../../lib/plot/palette';
import { sampleFunction, type Sampled } from '../../lib/plot/sample';
import type { View } from '../../lib/compare/state';

export const COMPARE_SAMPLES = 1000;

type Points = { x: number; y: number }[];
export interface Curve {
  id: ActivationId;
  series: 'f' | 'df';
  label: string;
  color: string;
  samples: Sampled;
  points: Points;
}

/** Sample one function's f and/or f′ for the view. */
export function curvesFor(
  id: ActivationId,
  index: number,
  view: View,
  xmin: number,
  xmax: number,
  params: Record<string, number>,
  /** Appended to a derivative's legend label, e.g. "(f′)". */
  derivativeSuffix: string,
): Curve[] {
  const a = getActivation(id);
  const color = palette[index % palette.length]!;
  const series: ('f' | 'df')[] = view === 'both' ? ['f', 'df'] : view === 'function' ? ['f'] : ['df'];
  return series.map((s) => {
    const fn = s === 'f' ? (x: number) => a.f(x, params) : (x: number) => a.df(x, params);
    const samples = sampleFunction(fn, xmin, xmax, COMPARE_SAMPLES);
    const points = Array.from(samples.xs, (x, i) => ({ x, y: samples.ys[i]! }));
    return { id, series: s, label: s === 'f' ? a.name : `${a.name} ${derivativeSuffix}`, color, samples, points };
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
      elements: { point: { radius: 0, hoverRadius: 3 }, line: { borderWidth: 2 } },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { type: 'linear', grid: { color: color('--grid') }, ticks: { color: color('--text-soft') } },
        y: { type: 'linear', grid: { color: color('--grid') }, ticks: { color: color('--text-soft') } },
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
  xmin: number,
  xmax: number,
): void {
  const datasets = chart.data.datasets;
  datasets.length = Math.min(datasets.length, curves.length);
  curves.forEach((c, i) => {
    const existing = datasets[i];
    if (existing && existing.label === c.label && existing.borderColor === c.color) {
      if (existing.data !== c.points) existing.data = c.points;
    } else {
      datasets[i] = {
        label: c.label,
        data: c.points,
        borderColor: c.color,
        borderDash: c.series === 'df' ? [6, 4] : [],
      };
    }
  });
  const x = chart.options.scales?.['x'];
  if (x) Object.assign(x, { min: xmin, max: xmax });
  chart.update('none');
}
