/**
 * The precision lab's chart as SVG markup (pure strings, no DOM): the error of both formulas across x on a
 * log scale, the textbook formula's failure regions shaded with a pattern per class, and its thresholds as
 * dotted lines. Errors a log scale cannot place get rows of their own, never a gap in the curve: exact
 * results (error 0; in float64, anything within the reference's own accuracy) on a floor row at the
 * bottom, ∞ and NaN on a row at the top.
 */
import { formatNumber } from '../../format/number';
import { precision as precisionEn } from '../../i18n/en/precision';
import { ticks } from '../../plot/ticks';
import type { Analysis, SampleClass } from './analyze';
import type { Format } from './formats';
import type { Measure } from './state';

type Strings = typeof precisionEn;
type FailureClass = Exclude<SampleClass, 'ok'>;

export const failureClasses: readonly FailureClass[] = ['overflow', 'underflow', 'cancellation', 'nan'];

/** The picture's size and margins, in SVG units. */
export const PLOT = { width: 640, height: 400, left: 84, right: 12, top: 36, bottom: 28 } as const;
const plotBottom = PLOT.height - PLOT.bottom;
/** Rows for the errors a log scale cannot show, and the band of decades between them. */
const infY = PLOT.top + 8;
const zeroY = plotBottom - 8;
const decadeTop = PLOT.top + 28;
const decadeBottom = plotBottom - 28;

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Errors at or below this are drawn on the floor row: 0 in the narrow formats, the reference's accuracy in float64. */
export function errorFloor(analysis: Analysis, format: Format, measure: Measure): number {
  return measure === 'ulps' ? analysis.referenceFloorUlps : analysis.referenceFloorUlps * format.epsilon;
}

/** The errors of both formulas in the chosen measure. */
export function errorsOf(analysis: Analysis, measure: Measure): [Float64Array, Float64Array] {
  const key = measure === 'ulps' ? 'ulpError' : 'relError';
  return [analysis.naive[key], analysis.stable[key]];
}

export interface ErrorScale {
  /** Errors ≤ floor go on the floor row. */
  readonly floor: number;
  /** The log scale spans 10^lo … 10^hi (whole decades). */
  readonly lo: number;
  readonly hi: number;
}

/** Whole decades covering the floor and every finite error above it (and `extra`, e.g. the failure bound). */
export function errorScale(
  errors: readonly ArrayLike<number>[],
  floor: number,
  extra: readonly number[] = [],
): ErrorScale {
  let min = Infinity;
  let max = 0;
  const visit = (e: number) => {
    if (Number.isFinite(e) && e > floor) {
      min = Math.min(min, e);
      max = Math.max(max, e);
    }
  };
  for (const list of errors) for (let i = 0; i < list.length; i++) visit(list[i]!);
  extra.forEach(visit);
  if (max === 0) return { floor, lo: -1, hi: 1 };
  // Start no higher than the floor's decade, so an error just above the floor is never drawn below it.
  const lo = Math.floor(Math.log10(floor > 0 ? Math.min(min, floor) : min));
  return { floor, lo, hi: Math.max(Math.ceil(Math.log10(max)), lo + 1) };
}

/** The y pixel of log₁₀ of an error on the scale's band of decades. */
function logY(log: number, scale: ErrorScale): number {
  const t = (log - scale.lo) / (scale.hi - scale.lo);
  return Math.round((decadeBottom - t * (decadeBottom - decadeTop)) * 10) / 10;
}

/** The y pixel of an error: the top row for ∞ and NaN, the floor row for errors ≤ floor, else the log scale. */
export function errorY(e: number, scale: ErrorScale): number {
  if (Number.isNaN(e) || e === Infinity) return infY;
  if (e <= scale.floor) return zeroY;
  return logY(Math.log10(e), scale);
}

/** A decade's label, 10 with a superscript exponent (10⁻³). */
export function decadeLabel(k: number): string {
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return `10${k < 0 ? '⁻' : ''}${[...String(Math.abs(k))].map((d) => sup[Number(d)]).join('')}`;
}

const patterns =
  '<defs>' +
  '<pattern id="pl-overflow" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8"/></pattern>' +
  '<pattern id="pl-underflow" width="8" height="8" patternUnits="userSpaceOnUse"><circle cx="4" cy="4" r="1.6"/></pattern>' +
  '<pattern id="pl-cancellation" width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="9"/><line x1="0" y1="0" x2="9" y2="0"/></pattern>' +
  '<pattern id="pl-nan" width="8" height="8" patternUnits="userSpaceOnUse"><line x1="0" y1="4" x2="8" y2="4"/></pattern>' +
  '</defs>';

/** A legend swatch for a failure class: the same tint and pattern as the chart's shading. */
export function regionSwatch(cls: FailureClass): string {
  return `<svg class="swatch" width="22" height="14" aria-hidden="true"><rect class="region-bg ${cls}" width="22" height="14"/><rect class="region-fg" width="22" height="14" fill="url(#pl-${cls})"/></svg>`;
}

export interface ChartInput {
  readonly analysis: Analysis;
  readonly format: Format;
  readonly measure: Measure;
  readonly range: readonly [number, number];
}

/** The inside of the chart's `<svg viewBox="0 0 640 400">`. */
export function chartMarkup({ analysis, format, measure, range }: ChartInput, t: Strings = precisionEn): string {
  const { width, left, right, top } = PLOT;
  const [x0, x1] = range[1] > range[0] ? range : [range[0] - 1, range[0] + 1];
  const px = (x: number) => Math.round((left + ((x - x0) / (x1 - x0)) * (width - left - right)) * 10) / 10;
  const errors = errorsOf(analysis, measure);
  const bound = measure === 'ulps' ? [analysis.lossBoundUlps] : [];
  const scale = errorScale(errors, errorFloor(analysis, format, measure), bound);
  const out: string[] = [patterns];
  // Failure regions of the textbook formula: a tint and a pattern, labelled above the plot where there is room.
  for (const r of analysis.naive.regions) {
    const a = px(r.from);
    const w = Math.max(px(r.to) - a, 3);
    const rect = `x="${a}" y="${top}" width="${w}" height="${plotBottom - top}"`;
    out.push(`<rect class="region-bg ${r.cls}" ${rect}/><rect class="region-fg" ${rect} fill="url(#pl-${r.cls})"/>`);
    const label = t.classes[r.cls];
    if (w >= label.length * 7 + 4)
      out.push(`<text class="region-label" x="${a + w / 2}" y="${top - 6}">${label}</text>`);
  }
  // Grid: decades (thinned to at most 8 labels), the two special rows, x ticks.
  const step = Math.ceil((scale.hi - scale.lo) / 8);
  const grid: string[] = [];
  const labels: string[] = [];
  for (let k = scale.lo; k <= scale.hi; k += step) {
    if (10 ** k <= scale.floor) continue; // below the floor: those errors are on the floor row
    const y = logY(k, scale);
    grid.push(`<line x1="${left}" x2="${width - right}" y1="${y}" y2="${y}"/>`);
    labels.push(`<text x="${left - 6}" y="${y + 4}">${decadeLabel(k)}</text>`);
  }
  const floorText =
    scale.floor === 0
      ? t.zeroRow
      : t.floorRow(measure === 'ulps' ? `${scale.floor} ${t.ulpsUnit}` : formatNumber(scale.floor, 2));
  for (const [y, text] of [
    [infY, t.infRow],
    [zeroY, floorText],
  ] as const) {
    grid.push(`<line class="special" x1="${left}" x2="${width - right}" y1="${y}" y2="${y}"/>`);
    labels.push(`<text x="${left - 6}" y="${y + 4}">${escapeHtml(text)}</text>`);
  }
  for (const x of ticks(x0, x1, 6)) {
    grid.push(`<line x1="${px(x)}" x2="${px(x)}" y1="${top}" y2="${plotBottom}"/>`);
    labels.push(`<text class="x" x="${px(x)}" y="${PLOT.height - 8}">${formatNumber(x)}</text>`);
  }
  out.push(`<g class="grid">${grid.join('')}</g>`);
  out.push(`<g class="tick-labels" aria-hidden="true">${labels.join('')}</g>`);
  out.push(`<text class="y-title" x="4" y="14">${escapeHtml(t.yTitle[measure])}</text>`);
  if (bound.length > 0) {
    const y = errorY(bound[0]!, scale);
    out.push(`<line class="bound" x1="${left}" x2="${width - right}" y1="${y}" y2="${y}"/>`);
  }
  // Thresholds: a dotted line at each exact x where the class changes, its value beside it if there is room.
  let labelEnd = -Infinity;
  for (const th of analysis.naive.thresholds) {
    const x = px(th.x);
    out.push(`<line class="threshold" x1="${x}" x2="${x}" y1="${top}" y2="${plotBottom}"/>`);
    const text = exactLabel(th.x);
    const textWidth = text.length * 9; // generous: phones draw the labels larger
    const anchorLeft = x + 4 + textWidth <= width - right;
    const start = anchorLeft ? x + 4 : x - 4 - textWidth;
    if (start > labelEnd + 4 && start >= left) {
      out.push(`<text class="threshold-label" x="${start}" y="${infY + 20}">${text}</text>`);
      labelEnd = start + textWidth;
    }
  }
  // The two curves: textbook solid, stable dashed (told apart by dash as well as colour).
  const [naive, stable] = errors;
  for (const [cls, list] of [
    ['naive', naive],
    ['stable', stable],
  ] as const) {
    let d = '';
    for (let i = 0; i < list.length; i++) d += `${i ? 'L' : 'M'}${px(analysis.xs[i]!)} ${errorY(list[i]!, scale)}`;
    out.push(`<path class="curve ${cls}" d="${d}"/>`);
  }
  return out.join('');
}

/** A format value exactly (its shortest round-trip decimal), with a true minus sign. */
export function exactLabel(x: number): string {
  return String(x).replace('-', '−');
}
