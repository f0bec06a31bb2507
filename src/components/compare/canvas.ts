/**
 * The comparison overlay on a canvas, loaded at the first interaction (with Chart.js): datasets redrawn in
 * place without animation, the zero axes marked, axis titles, and lines the legend switched off hidden.
 */
import type { Chart as ChartType } from 'chart.js';
import { curveId, F_WIDTH, type Curve } from './chart';

type Points = { x: number; y: number }[];

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
