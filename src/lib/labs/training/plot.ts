/**
 * Pictures for the training lab, as data: loss curves (thinned for the chart, and as SVG before Chart.js
 * loads), the heat-map colour table, and build-time SVG pictures of the datasets. Pure, no DOM.
 */
import type { Bounds, Dataset } from '../../nn';
import { logTicks } from '../../plot/log-ticks';
import { gridLines, pathData, toPixelX, toPixelY, type Frame } from '../../plot/svg';

export type Point = { x: number; y: number };

/**
 * The points (epoch, loss) of a loss curve for epochs 0…last, at most about maxPoints of them: every k-th
 * epoch with k the smallest stride that fits, plus the last epoch. Non-finite and non-positive losses are
 * left out, since the loss axis is logarithmic.
 */
export function thinCurve(curve: Float64Array, last: number, maxPoints = 400): Point[] {
  const stride = Math.max(1, Math.ceil((last + 1) / maxPoints));
  const points: Point[] = [];
  for (let e = 0; e <= last; e = e === last ? last + 1 : Math.min(e + stride, last)) {
    const y = curve[e]!;
    if (Number.isFinite(y) && y > 0) points.push({ x: e, y });
  }
  return points;
}

/**
 * The inside of an SVG picture of loss curves over epochs 0…total, loss on a log scale (the curves are drawn
 * through log₁₀ of the loss, tick labels give the loss itself). The loss axis is logTicks': its range
 * snaps out to the ticks around the data, so no curve is cut. Empty curves draw only the axes and grid.
 */
export function lossSvgMarkup(
  curves: readonly { readonly color: string; readonly points: readonly Point[] }[],
  total: number,
  width: number,
  height: number,
): string {
  const values = curves.flatMap((c) => c.points.map((p) => p.y));
  const axis = values.length ? logTicks(Math.min(...values), Math.max(...values)) : logTicks(0.1, 1);
  const [ymin, ymax] = [Math.log10(axis.min), Math.log10(axis.max)];
  const frame: Frame = { width, height, xmin: 0, xmax: Math.max(1, total), ymin, ymax };
  const grid = gridLines(frame);
  const yTicks = axis.ticks.map((loss) => ({ loss, px: toPixelY(frame, Math.log10(loss)) }));
  const x0 = toPixelX(frame, 0);
  const paths = curves.map((c) => {
    const samples = {
      xs: Float64Array.from(c.points, (p) => p.x),
      ys: Float64Array.from(c.points, (p) => Math.log10(p.y)),
    };
    return `<path class="curve" d="${pathData(samples, frame)}" stroke="${c.color}"/>`;
  });
  return [
    `<g class="grid">${grid.x.map((t) => `<line x1="${t.px}" x2="${t.px}" y1="0" y2="${height}"/>`).join('')}`,
    `${yTicks.map((t) => `<line x1="0" x2="${width}" y1="${t.px}" y2="${t.px}"/>`).join('')}</g>`,
    `<g class="axes"><line x1="0" x2="${width}" y1="${height}" y2="${height}"/><line x1="${x0}" x2="${x0}" y1="0" y2="${height}"/></g>`,
    `<g class="tick-labels" aria-hidden="true">${grid.x.map((t) => `<text x="${t.px + 3}" y="${height - 6}">${t.value}</text>`).join('')}`,
    `${yTicks.map((t) => `<text x="4" y="${Math.max(12, t.px - 4)}">${axis.label(t.loss)}</text>`).join('')}</g>`,
    ...paths,
  ].join('');
}

export type Rgb = readonly [number, number, number];

/** A CSS colour as #rgb, #rrggbb or rgb(r, g, b); black for anything else. */
export function parseColor(text: string): Rgb {
  const t = text.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(t);
  if (short) return [1, 2, 3].map((k) => parseInt(short[k]! + short[k]!, 16)) as unknown as Rgb;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(t);
  if (long) return [1, 2, 3].map((k) => parseInt(long[k]!, 16)) as unknown as Rgb;
  const rgb = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(t);
  if (rgb) return [1, 2, 3].map((k) => Math.min(255, Number(rgb[k]))) as unknown as Rgb;
  return [0, 0, 0];
}

/**
 * The heat-map's colours for a quantised probability q = 0…255 of class 1, as RGBA bytes (256 × 4): the
 * background blended towards class 0's colour below q = 127.5 and class 1's above, in proportion to
 * |2p − 1| (how sure the network is) times `strength`, so points drawn on top stay visible.
 */
export function heatLut(class0: Rgb, class1: Rgb, background: Rgb, strength = 0.55): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 4);
  for (let q = 0; q < 256; q++) {
    const p = q / 255;
    const toward = p < 0.5 ? class0 : class1;
    const t = Math.abs(2 * p - 1) * strength;
    for (let c = 0; c < 3; c++) lut[4 * q + c] = Math.round(background[c]! + (toward[c]! - background[c]!) * t);
    lut[4 * q + 3] = 255;
  }
  return lut;
}

/** Pixel coordinates of a point of the plane in a size × size picture of `bounds` (y up). */
export function toPicture(bounds: Bounds, size: number, x: number, y: number): [number, number] {
  return [
    ((x - bounds.xMin) / (bounds.xMax - bounds.xMin)) * size,
    ((bounds.yMax - y) / (bounds.yMax - bounds.yMin)) * size,
  ];
}

/** Labelled points, as in a Dataset: x is count × 2 row-major, y the classes. */
export type Points = Pick<Dataset, 'x' | 'y'>;

/**
 * SVG path data drawing the points (of one class, or all) as zero-length segments, which a round line cap
 * draws as dots: about a tenth of the markup of one circle element per point.
 */
export function dotsPath(points: Points, bounds: Bounds, size: number, label?: number): string {
  let d = '';
  for (let n = 0; n < points.y.length; n++) {
    if (label !== undefined && points.y[n] !== label) continue;
    const [px, py] = toPicture(bounds, size, points.x[2 * n]!, points.x[2 * n + 1]!);
    d += `M${px.toFixed(1)} ${py.toFixed(1)}h0`;
  }
  return d;
}

/** The inside of an SVG picture of a dataset: one path per class, classed c0 and c1 for CSS to colour. */
export function datasetSvgMarkup(data: Points, bounds: Bounds, size: number): string {
  return [0, 1].map((c) => `<path class="c${c}" d="${dotsPath(data, bounds, size, c)}"/>`).join('');
}

/**
 * The points over a heat-map: every point with a halo in the background colour, training points as dots in
 * their class's colour, test points as rings (a dot with a hole). Classes for CSS: halo, train, test, hole, c0, c1.
 */
export function pointsSvgMarkup(train: Points, test: Points, bounds: Bounds, size: number): string {
  const path = (cls: string, d: string) => `<path class="${cls}" d="${d}"/>`;
  return [
    path('halo', dotsPath(train, bounds, size) + dotsPath(test, bounds, size)),
    ...[0, 1].map((c) => path(`train c${c}`, dotsPath(train, bounds, size, c))),
    ...[0, 1].map((c) => path(`test c${c}`, dotsPath(test, bounds, size, c))),
    path('hole', dotsPath(test, bounds, size)),
  ].join('');
}

/** Bytes as base64 (the build embeds the first heat-maps in the page) and back. */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
