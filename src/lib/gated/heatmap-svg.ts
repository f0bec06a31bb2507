/**
 * The heat map as SVG markup, drawn at build time so the picture needs no script. Cells of one colour class
 * in one row are merged into a single rectangle and every class becomes one <path>, which keeps a 33 × 33
 * map to a few kilobytes; the palette comes from CSS classes (colour.ts), so dark mode needs no redraw.
 */
import { formatNumber } from '../format/number';
import { HEAT_CLASSES, heatClass } from './colour';
import { GRID_MAX, GRID_MIN, GRID_SIZE, GRID_STEP, coordinate, type Cursor } from './grid';

/** Geometry of the picture, in viewBox units. */
export const LAYOUT = { width: 400, height: 330, left: 52, top: 12, cell: 8, legendX: 334, legendWidth: 14 } as const;
const plotSize = GRID_SIZE * LAYOUT.cell;

export interface HeatmapLabels {
  /** Caption of the horizontal axis, e.g. "value a". */
  valueAxis: string;
  /** Caption of the vertical axis, e.g. "gate b". */
  gateAxis: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One <path> per colour class; each horizontal run of equal classes is one rectangle, in cell units. */
export function heatPaths(values: readonly (readonly number[])[], limit: number): string {
  const segments: string[][] = Array.from({ length: HEAT_CLASSES }, () => []);
  values.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      const k = heatClass(row[start]!, limit);
      if (c < row.length && heatClass(row[c]!, limit) === k) continue;
      const length = c - start;
      segments[k]!.push(`M${start} ${r}h${length}v1h-${length}z`);
      start = c;
    }
  });
  return segments.map((d, k) => (d.length > 0 ? `<path class="h${k}" d="${d.join('')}"></path>` : '')).join('');
}

/** Centre of grid index k along the horizontal axis (a), in viewBox units. */
export const xOf = (i: number) => LAYOUT.left + (i + 0.5) * LAYOUT.cell;
/** Centre of grid index k along the vertical axis (b, upwards), in viewBox units. */
export const yOf = (j: number) => LAYOUT.top + (GRID_SIZE - 1 - j + 0.5) * LAYOUT.cell;

/** Tick marks and labels at a, b = −4, −2, 0, 2, 4, the zero lines, and the axis captions. */
function axes(labels: HeatmapLabels): string {
  const ticks: string[] = [];
  const bottom = LAYOUT.top + plotSize;
  for (let v = GRID_MIN; v <= GRID_MAX; v += 2) {
    const k = Math.round((v - GRID_MIN) / GRID_STEP);
    const text = escapeText(formatNumber(v));
    ticks.push(
      `<line class="tick" x1="${xOf(k)}" x2="${xOf(k)}" y1="${bottom}" y2="${bottom + 5}"></line>`,
      `<text x="${xOf(k)}" y="${bottom + 18}" text-anchor="middle">${text}</text>`,
      `<line class="tick" x1="${LAYOUT.left - 5}" x2="${LAYOUT.left}" y1="${yOf(k)}" y2="${yOf(k)}"></line>`,
      `<text x="${LAYOUT.left - 8}" y="${yOf(k) + 4}" text-anchor="end">${text}</text>`,
    );
  }
  const zero = Math.round(-GRID_MIN / GRID_STEP);
  const zeroLines =
    `<line class="zero-line" x1="${xOf(zero)}" x2="${xOf(zero)}" y1="${LAYOUT.top}" y2="${bottom}"></line>` +
    `<line class="zero-line" x1="${LAYOUT.left}" x2="${LAYOUT.left + plotSize}" y1="${yOf(zero)}" y2="${yOf(zero)}"></line>`;
  const captions =
    `<text class="axis-label" x="${LAYOUT.left + plotSize / 2}" y="${bottom + 36}" text-anchor="middle">${escapeText(labels.valueAxis)}</text>` +
    `<text class="axis-label" transform="translate(14 ${LAYOUT.top + plotSize / 2}) rotate(-90)" text-anchor="middle">${escapeText(labels.gateAxis)}</text>`;
  return zeroLines + ticks.join('') + captions;
}

/** The colour key: one swatch per class from −limit (bottom) to +limit (top), labelled at both ends and 0. */
function legend(limit: number): string {
  const height = plotSize / HEAT_CLASSES;
  const swatches = Array.from({ length: HEAT_CLASSES }, (_, k) => {
    const y = LAYOUT.top + (HEAT_CLASSES - 1 - k) * height;
    return `<rect class="h${k}" x="${LAYOUT.legendX}" y="${y.toFixed(2)}" width="${LAYOUT.legendWidth}" height="${height.toFixed(2)}"></rect>`;
  }).join('');
  const labelX = LAYOUT.legendX + LAYOUT.legendWidth + 4;
  const label = (value: number, y: number) =>
    `<text x="${labelX}" y="${y.toFixed(1)}">${escapeText(formatNumber(value, 4))}</text>`;
  const frame = `<rect class="frame" x="${LAYOUT.legendX}" y="${LAYOUT.top}" width="${LAYOUT.legendWidth}" height="${plotSize}"></rect>`;
  return (
    swatches +
    frame +
    label(limit, LAYOUT.top + 10) +
    label(0, LAYOUT.top + plotSize / 2 + 4) +
    label(-limit, LAYOUT.top + plotSize)
  );
}

/** The cursor square's attributes for a grid point (the client moves it; the build leaves it hidden). */
export function cursorRect(cursor: Cursor): { x: string; y: string; size: string } {
  return {
    x: (xOf(cursor.i) - LAYOUT.cell / 2).toFixed(1),
    y: (yOf(cursor.j) - LAYOUT.cell / 2).toFixed(1),
    size: String(LAYOUT.cell),
  };
}

/** The whole picture's inner markup for one surface, scaled so that one cell is LAYOUT.cell units. */
export function heatmapSvg(values: readonly (readonly number[])[], limit: number, labels: HeatmapLabels): string {
  const cells = `<g class="cells" shape-rendering="crispEdges" transform="translate(${LAYOUT.left} ${LAYOUT.top}) scale(${LAYOUT.cell})">${heatPaths(values, limit)}</g>`;
  const frame = `<rect class="frame" x="${LAYOUT.left}" y="${LAYOUT.top}" width="${plotSize}" height="${plotSize}"></rect>`;
  const cursor = `<rect class="cursor" x="0" y="0" width="${LAYOUT.cell}" height="${LAYOUT.cell}" visibility="hidden"></rect>`;
  return cells + frame + axes(labels) + legend(limit) + cursor;
}

/** The coordinates a reader sees for a cursor, formatted. */
export const cursorCoordinates = (cursor: Cursor) => ({
  a: formatNumber(coordinate(cursor.i)),
  b: formatNumber(coordinate(cursor.j)),
});
