/**
 * A Chart.js plugin that draws a function chart's frame exactly as the build-time SVG does (lib/plot/svg): the
 * same grid and tick values, zero axes through the origin, tick labels with true minus signs inside the plot,
 * and the axis titles at the ends of the axes. The chart's own scales are hidden and span the whole canvas, so
 * when the canvas replaces the SVG nothing moves.
 */
import type { Chart, Plugin } from 'chart.js';
import { gridLines, titlePlacement, type AxisTitles, type Frame } from '../../lib/plot/svg';

/** The SVG's coordinate system (viewBox), in which its font sizes and offsets are given. */
const VIEW = { width: 640, height: 400 } as const;
const label = (v: number) => String(v).replace('-', '−');

/** The frame plugin; `titles` is read at every draw. */
export function framePlugin(titles: () => AxisTitles): Plugin<'line'> {
  return {
    id: 'svgFrame',
    beforeDatasetsDraw(chart: Chart<'line'>) {
      const { ctx, chartArea: area } = chart;
      const { x: xs, y: ys } = chart.scales;
      if (!xs || !ys) return;
      const frame: Frame = { ...VIEW, xmin: xs.min, xmax: xs.max, ymin: ys.min, ymax: ys.max };
      const grid = gridLines(frame);
      const k = area.width / VIEW.width;
      const style = getComputedStyle(chart.canvas);
      const color = (name: string) => style.getPropertyValue(name).trim() || '#888';
      const px = (v: number) => xs.getPixelForValue(v);
      const py = (v: number) => ys.getPixelForValue(v);
      const line = (x1: number, y1: number, x2: number, y2: number) => {
        ctx.beginPath();
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
        ctx.stroke();
      };
      ctx.save();
      ctx.lineWidth = 1;
      ctx.strokeStyle = color('--grid');
      for (const t of grid.x) line(px(t.value), area.top, px(t.value), area.bottom);
      for (const t of grid.y) line(area.left, py(t.value), area.right, py(t.value));
      ctx.strokeStyle = color('--axis');
      ctx.lineWidth = 1.2;
      if (ys.min <= 0 && ys.max >= 0) line(area.left, py(0), area.right, py(0));
      if (xs.min <= 0 && xs.max >= 0) line(px(0), area.top, px(0), area.bottom);
      ctx.font = `${13 * k}px system-ui, sans-serif`;
      ctx.fillStyle = color('--text-soft');
      ctx.textAlign = 'left';
      for (const t of grid.x) ctx.fillText(label(t.value), px(t.value) + 3 * k, area.bottom - 6 * k);
      for (const t of grid.y) ctx.fillText(label(t.value), area.left + 4 * k, py(t.value) - 4 * k);
      const place = titlePlacement(frame);
      const [sx, sy] = [area.width / VIEW.width, area.height / VIEW.height];
      const names = titles();
      ctx.fillStyle = color('--text');
      ctx.textAlign = 'right';
      ctx.fillText(names.x, area.left + place.x.x * sx, area.top + place.x.y * sy);
      ctx.textAlign = 'left';
      ctx.fillText(names.y, area.left + place.y.x * sx, area.top + place.y.y * sy);
      ctx.restore();
    },
  };
}
