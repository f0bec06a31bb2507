/**
 * Build-time SVG pictures of curves: the picture a reader sees before (or without) JavaScript. Pure string
 * building, no DOM.
 */
import { finiteExtent, type Sampled } from './sample';
import { paddedRange, ticks } from './ticks';

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly xmin: number;
  readonly xmax: number;
  readonly ymin: number;
  readonly ymax: number;
}

/** A frame of the given pixel size fitting every curve (finite values only), padded, including y = 0. */
export function frameFor(curves: readonly Sampled[], width: number, height: number): Frame {
  const first = curves[0];
  if (!first) throw new RangeError('frameFor needs at least one curve');
  const [lo, hi] = finiteExtent(...curves.map((c) => c.ys));
  const [ymin, ymax] = paddedRange(lo, hi);
  return { width, height, xmin: first.xs[0]!, xmax: first.xs[first.xs.length - 1]!, ymin, ymax };
}

const round = (v: number) => Math.round(v * 100) / 100;

export function toPixelX(frame: Frame, x: number): number {
  return round(((x - frame.xmin) / (frame.xmax - frame.xmin)) * frame.width);
}

export function toPixelY(frame: Frame, y: number): number {
  return round(frame.height - ((y - frame.ymin) / (frame.ymax - frame.ymin)) * frame.height);
}

/**
 * The `d` attribute of an SVG path through the samples. Non-finite values break the path (a new `M`),
 * so a function that is undefined somewhere is not joined across the gap.
 */
export function pathData(curve: Sampled, frame: Frame): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < curve.xs.length; i++) {
    const y = curve.ys[i]!;
    if (!Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${toPixelX(frame, curve.xs[i]!)} ${toPixelY(frame, y)}`;
    pen = true;
  }
  return d;
}

/** Grid lines and labels for both axes, in pixel coordinates. */
export function gridLines(frame: Frame, count = 6) {
  return {
    x: ticks(frame.xmin, frame.xmax, count).map((v) => ({ value: v, px: toPixelX(frame, v) })),
    y: ticks(frame.ymin, frame.ymax, Math.max(3, Math.round(count * (frame.height / frame.width) * 1.4))).map((v) => ({
      value: v,
      px: toPixelY(frame, v),
    })),
  };
}

/** Names of the axes, drawn at the end of each zero axis (x at the right, y at the top). */
export interface AxisTitles {
  readonly x: string;
  readonly y: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Where the axis titles go, in pixels (baseline positions): the x title right-aligned at the right edge just
 * above the x axis (the bottom edge if y = 0 is off the chart), the y title right of the y axis at the top (the
 * left edge if x = 0 is off the chart). The interactive chart places its titles with the same function.
 */
export function titlePlacement(frame: Frame) {
  const y0 = Math.min(frame.height, Math.max(0, toPixelY(frame, 0)));
  const x0 = Math.min(frame.width, Math.max(0, toPixelX(frame, 0)));
  return {
    x: { x: frame.width - 6, y: Math.max(18, y0 - 6) },
    y: { x: Math.min(frame.width - 80, x0 + 6), y: 16 },
  };
}

export interface OverlayCurve {
  readonly samples: Sampled;
  /** A stroke colour, or leave it to CSS through `className`. */
  readonly color?: string;
  readonly className?: string;
  readonly dashed?: boolean;
}

/**
 * The inside of an SVG picture of several curves: grid, axes, tick labels and one path per curve, as a
 * string. The build (CurveOverlay) and the comparison page's script draw the same picture with it.
 */
export function overlayMarkup(
  curves: readonly OverlayCurve[],
  width: number,
  height: number,
  labels = true,
  titles?: AxisTitles,
): string {
  const frame = frameFor(
    curves.map((c) => c.samples),
    width,
    height,
  );
  const grid = gridLines(frame);
  const x0 = toPixelX(frame, 0);
  const y0 = toPixelY(frame, 0);
  const label = (v: number) => String(v).replace('-', '−');
  const place = titles && titlePlacement(frame);
  return [
    labels &&
      `<g class="grid">${grid.x.map((t) => `<line x1="${t.px}" x2="${t.px}" y1="0" y2="${height}"/>`).join('')}${grid.y
        .map((t) => `<line x1="0" x2="${width}" y1="${t.px}" y2="${t.px}"/>`)
        .join('')}</g>`,
    `<g class="axes"><line x1="0" x2="${width}" y1="${y0}" y2="${y0}"/><line x1="${x0}" x2="${x0}" y1="0" y2="${height}"/></g>`,
    labels &&
      `<g class="tick-labels" aria-hidden="true">${grid.x.map((t) => `<text x="${t.px + 3}" y="${height - 6}">${label(t.value)}</text>`).join('')}${grid.y
        .map((t) => `<text x="4" y="${t.px - 4}">${label(t.value)}</text>`)
        .join('')}</g>`,
    titles &&
      place &&
      `<g class="axis-titles" aria-hidden="true"><text x="${place.x.x}" y="${place.x.y}" text-anchor="end">${escapeText(titles.x)}</text><text x="${place.y.x}" y="${place.y.y}">${escapeText(titles.y)}</text></g>`,
    ...curves.map(
      (c) =>
        `<path class="curve${c.className ? ` ${c.className}` : ''}" d="${pathData(c.samples, frame)}"${c.color ? ` stroke="${c.color}"` : ''}${c.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    ),
  ]
    .filter(Boolean)
    .join('');
}
