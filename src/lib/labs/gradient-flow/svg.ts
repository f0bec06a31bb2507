/**
 * The gradient-flow chart as SVG markup: what the page shows at build time and until Chart.js takes over.
 * Same axis as the interactive chart (lib/plot/log-ticks), layers 1…depth on x, and a ✕ under the plot for
 * every layer whose value is exactly 0, which a log scale cannot place.
 */
import { ticks } from '../../plot/ticks';
import type { LogAxis } from '../../plot/log-ticks';
import type { FlowSeries } from './view';

/** Room for the tick labels and axis titles, in SVG units. */
const MARGIN = { left: 78, right: 14, top: 12, bottom: 58 } as const;
/** Below the plot: first the row of zero markers, then the layer numbers. */
const ZERO_ROW = 11;
const LABEL_ROW = 31;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const r = (v: number) => Math.round(v * 10) / 10;

/** Whole-number layer ticks from 1 to depth: 1, the nice steps in between, and depth itself. */
export function layerTicks(depth: number): number[] {
  const inner = ticks(1, depth, 5).filter((v) => Number.isInteger(v) && v > 1 && v < depth);
  // Drop a nice tick too close to either end for their labels not to collide.
  const gap = Math.max(1, depth / 16);
  const spaced = inner.filter((v) => depth - v >= gap && v - 1 >= gap);
  return depth > 1 ? [1, ...spaced, depth] : [1];
}

export interface FlowSvgOptions {
  readonly depth: number;
  readonly log: boolean;
  readonly colors: readonly string[];
  readonly xTitle: string;
  readonly yTitle: string;
  readonly width?: number;
  readonly height?: number;
}

/** The inside of the chart's `<svg>`: grid, tick labels, axis titles, one path per series and the zero markers. */
export function flowSvg(series: readonly FlowSeries[], axis: LogAxis, options: FlowSvgOptions): string {
  const { depth, log, colors, width = 640, height = 360 } = options;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const span = Math.max(depth - 1, 1);
  const px = (layer: number) => r(MARGIN.left + (depth === 1 ? plotW / 2 : ((layer - 1) / span) * plotW));
  const scale = (v: number) => (log ? Math.log10(v) : v);
  const [lo, hi] = [scale(axis.min), scale(axis.max)];
  const py = (v: number) => r(MARGIN.top + plotH - ((scale(v) - lo) / (hi - lo)) * plotH);
  const bottom = MARGIN.top + plotH;
  const yGrid = axis.ticks
    .map(
      (t) =>
        `<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${py(t.value)}" y2="${py(t.value)}"/>` +
        `<text x="${MARGIN.left - 6}" y="${py(t.value) + 4}" text-anchor="end">${escape(t.label)}</text>`,
    )
    .join('');
  const xGrid = layerTicks(depth)
    .map(
      (layer) =>
        `<line x1="${px(layer)}" x2="${px(layer)}" y1="${MARGIN.top}" y2="${bottom}"/>` +
        `<text x="${px(layer)}" y="${bottom + LABEL_ROW}" text-anchor="middle">${layer}</text>`,
    )
    .join('');
  const titles =
    `<text class="axis-title" x="${MARGIN.left + plotW / 2}" y="${height - 6}" text-anchor="middle">${escape(options.xTitle)}</text>` +
    `<text class="axis-title" transform="translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escape(options.yTitle)}</text>`;
  const paths = series.map((s, i) => {
    const color = colors[i % colors.length]!;
    let d = '';
    let pen = false;
    for (const { x, y } of s.points) {
      if (!(Number.isFinite(y) && (!log || y > 0))) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${px(x)} ${py(y)}`;
      pen = true;
    }
    // A lone point (depth 1, or between two zeros) needs a dot to be seen.
    const dots = s.points
      .filter((p) => Number.isFinite(p.y) && (!log || p.y > 0))
      .map((p) => `<circle cx="${px(p.x)}" cy="${py(p.y)}" r="2.5" fill="${color}"/>`)
      .join('');
    const crosses = s.zeros
      .map(
        (layer) =>
          `<text class="zero" x="${px(layer)}" y="${bottom + ZERO_ROW}" text-anchor="middle" dominant-baseline="middle" fill="${color}">✕</text>`,
      )
      .join('');
    return `<path class="curve" d="${d}" stroke="${color}" fill="none"/>${dots}${crosses}`;
  });
  return `<g class="grid">${yGrid}${xGrid}</g>${titles}${paths.join('')}`;
}
