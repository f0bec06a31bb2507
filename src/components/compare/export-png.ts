/**
 * The downloadable picture: the chart redrawn at twice its CSS size, with a title above it and, below, the
 * x range and the legend (swatch and label per line), on the page's background. Drawn on a canvas of its own
 * so the page's chart is left as it was.
 */
import type { Chart as ChartType } from 'chart.js';
import type { CompareState } from '../../lib/compare/state';
import { formatNumber } from '../../lib/format/number';
import { compare as compareEn } from '../../lib/i18n/en/compare';
import type { Curve } from './chart';

const SCALE = 2;
const PAD = 16;
const LINE = 22;

export interface ExportText {
  readonly title: string;
  readonly range: string;
}

/** Render the picture and return its canvas (width = 2 × the chart's CSS width). */
export function exportCanvas(
  chart: ChartType<'line', unknown[]>,
  curves: readonly Curve[],
  text: ExportText,
): HTMLCanvasElement {
  const style = getComputedStyle(chart.canvas);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const font = style.fontFamily || 'sans-serif';
  // Redraw the chart at 2× device pixels, copy it, then put it back as it was.
  const previous = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = SCALE;
  chart.resize();
  const { width, height } = chart; // CSS pixels
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  // Lay the legend out in rows that fit the width.
  ctx.font = `14px ${font}`;
  const rows: { curve: Curve; x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const curve of curves) {
    const w = 40 + ctx.measureText(curve.label).width + 20;
    if (x + w > width - PAD && x > PAD) [x, row] = [PAD, row + 1];
    rows.push({ curve, x, row });
    x += w;
  }
  const top = PAD + 28;
  const legendTop = top + height + PAD + LINE;
  out.width = width * SCALE;
  out.height = (legendTop + (row + 1) * LINE + PAD) * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = colour('--bg', '#ffffff');
  ctx.fillRect(0, 0, width, out.height / SCALE);
  ctx.drawImage(chart.canvas, 0, top, width, height);
  ctx.fillStyle = colour('--text', '#1b1e24');
  ctx.textBaseline = 'middle';
  ctx.font = `bold 18px ${font}`;
  ctx.fillText(text.title, PAD, PAD + 10);
  ctx.font = `14px ${font}`;
  ctx.fillText(text.range, PAD, top + height + PAD);
  for (const { curve, x: left, row: r } of rows) {
    const y = legendTop + r * LINE;
    ctx.strokeStyle = curve.color;
    ctx.lineWidth = curve.width;
    ctx.setLineDash([...curve.dash]);
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(left + 32, y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillText(curve.label, left + 40, y);
  }
  chart.options.devicePixelRatio = previous;
  chart.resize();
  return out;
}

/** Download the picture as `activations-<ids>-<view>.png`; returns its size in pixels, "WxH". */
export function downloadPng(
  chart: ChartType<'line', unknown[]>,
  curves: readonly Curve[],
  s: CompareState,
  t: typeof compareEn,
): string {
  const canvas = exportCanvas(chart, curves, {
    title: t.exportTitle(s.view),
    range: t.exportRange(formatNumber(s.xmin, 6), formatNumber(s.xmax, 6)),
  });
  const link = document.createElement('a');
  link.download = `activations-${s.fns.join('-')}-${s.view}.png`;
  link.href = canvas.toDataURL('image/png');
  link.click();
  return `${canvas.width}x${canvas.height}`;
}
