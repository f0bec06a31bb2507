/**
 * The gradient-flow lab's Chart.js chart: layers 1…depth on x, the metric on y with the site's log axis
 * (lib/plot/log-ticks: the same ticks as the build-time SVG), tooltips that name the layer and print values in
 * scientific notation, and ✕ markers on the bottom edge where a value is exactly 0.
 */
import type { Chart as ChartType, ChartDataset, Scale } from 'chart.js';
import { formatValue } from '../../../lib/format/number';
import type { gradientFlow as gradientFlowEn } from '../../../lib/i18n/en/gradientFlow';
import type { Metric } from '../../../lib/labs/gradient-flow/state';
import { layerTicks } from '../../../lib/labs/gradient-flow/svg';
import { logScale, type FlowSeries } from '../../../lib/labs/gradient-flow/view';
import type { LogAxis } from '../../../lib/plot/log-ticks';

type Point = { x: number; y: number };
export type FlowChart = ChartType<'line', Point[]>;
type Strings = typeof gradientFlowEn;
type ChartClass = typeof import('chart.js').Chart;

/** What the tick and tooltip callbacks read; replaced on every update. */
interface View {
  axis: LogAxis;
  depth: number;
  metric: Metric;
}

const views = new WeakMap<FlowChart, View>();

/** Until the first update, an empty view: Chart.js builds its scales as soon as it is constructed. */
const EMPTY: View = { axis: { min: 0.1, max: 10, ticks: [] }, depth: 1, metric: 'gradient' };

export function createFlowChart(Chart: ChartClass, canvas: HTMLCanvasElement, t: Strings): FlowChart {
  const view = (chart: FlowChart) => views.get(chart) ?? EMPTY;
  const setTicks = (values: (v: View) => number[]) => (scale: Scale) => {
    scale.ticks = values(view(scale.chart as FlowChart)).map((value) => ({ value }));
  };
  const chart: FlowChart = new Chart<'line', Point[]>(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false,
      parsing: false,
      maintainAspectRatio: false,
      elements: { point: { radius: 2 } },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          type: 'linear',
          title: { display: true, text: t.layerAxis },
          afterBuildTicks: setTicks((v) => layerTicks(v.depth)),
          ticks: { autoSkip: false, callback: (value) => String(value) },
        },
        y: {
          type: 'logarithmic',
          title: { display: true, text: '' },
          afterBuildTicks: setTicks((v) => v.axis.ticks.map((tick) => tick.value)),
          ticks: {
            autoSkip: false,
            callback: (value) => view(chart).axis.ticks.find((tick) => tick.value === value)?.label ?? '',
          },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? t.layerTooltip(items[0].parsed.x ?? 0) : ''),
            label: (item) => {
              const dataset = item.dataset as ChartDataset<'line', Point[]> & { zeroOf?: string };
              if (dataset.zeroOf) return `${dataset.zeroOf}: ${t.zeroTooltip}`;
              const y = item.parsed.y ?? NaN;
              if (Number.isNaN(y)) return `${dataset.label}: ${t.zeroTooltip}`;
              const text = view(chart).metric === 'dead' ? `${Math.round(y * 100)} %` : formatValue(y, 'tooltip');
              return `${dataset.label}: ${text}`;
            },
          },
        },
      },
    },
  });
  return chart;
}

/** Draw one metric's series on the chart, with its axis. */
export function updateFlowChart(
  chart: FlowChart,
  series: readonly FlowSeries[],
  axis: LogAxis,
  metric: Metric,
  depth: number,
  colors: readonly string[],
  t: Strings,
) {
  views.set(chart, { axis, depth, metric });
  const lines = series.map((s, i) => ({
    label: s.name,
    data: s.points.map((p) => ({ ...p })),
    borderColor: colors[i % colors.length]!,
    backgroundColor: colors[i % colors.length]!,
  }));
  const zeros = series.flatMap((s, i) =>
    s.zeros.length === 0
      ? []
      : [
          {
            label: t.zeroMarkerLabel(s.name),
            zeroOf: s.name,
            data: s.zeros.map((x) => ({ x, y: axis.min })),
            showLine: false,
            clip: false as const,
            pointStyle: 'crossRot' as const,
            pointRadius: 7,
            pointBorderWidth: 2,
            borderColor: colors[i % colors.length]!,
            backgroundColor: colors[i % colors.length]!,
          },
        ],
  );
  chart.data.datasets = [...lines, ...zeros];
  const { x, y } = chart.options.scales as { x: Scale['options']; y: Scale['options'] & { title: { text: string } } };
  Object.assign(x, { min: 1, max: Math.max(depth, 1) });
  Object.assign(y, { type: logScale(metric) ? 'logarithmic' : 'linear', min: axis.min, max: axis.max });
  y.title.text = t.axisTitles[metric];
  chart.update('none');
}
