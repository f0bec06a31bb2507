/**
 * Build-time frames for a widget exercise: for every slider position, the formatted read-outs and the SVG
 * path of the curve. The browser then only indexes arrays, so it needs none of the maths (and no bundle of it).
 */
import { formatNumber } from '../format/number';
import type { WidgetExercise } from './exercises/types';

/** Pixel size of the widget's picture. */
export const WIDGET_WIDTH = 320;
export const WIDGET_HEIGHT = 180;
/** More positions than this would bloat the page; exercises use coarser steps. */
const MAX_POSITIONS = 401;

/** Every slider value from min to max in steps, computed as min + i·step (no drift). */
export function sliderValues(control: WidgetExercise<unknown>['control']): number[] {
  const count = Math.round((control.max - control.min) / control.step) + 1;
  if (!(count >= 2 && count <= MAX_POSITIONS))
    throw new RangeError(`slider needs 2–${MAX_POSITIONS} positions, got ${count}`);
  return Array.from({ length: count }, (_, i) => Number((control.min + i * control.step).toPrecision(12)));
}

/** The `d` of a polyline through f on the curve's window, clipped to its y range. */
export function curvePath(
  f: (x: number) => number,
  curve: NonNullable<WidgetExercise<unknown>['curve']>,
  samples = 121,
): string {
  const { xmin, xmax, ymin, ymax } = curve;
  let d = '';
  let pen = false;
  for (let i = 0; i < samples; i++) {
    const x = xmin + ((xmax - xmin) * i) / (samples - 1);
    const value = f(x);
    // Non-finite values lift the pen: a curve drawn only part of the way is not joined across the gap.
    if (!Number.isFinite(value)) {
      pen = false;
      continue;
    }
    const y = Math.min(ymax, Math.max(ymin, value));
    const px = ((x - xmin) / (xmax - xmin)) * WIDGET_WIDTH;
    const py = WIDGET_HEIGHT - ((y - ymin) / (ymax - ymin)) * WIDGET_HEIGHT;
    d += `${pen ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** One frame per slider value: the read-out texts and, when the exercise has a curve, its path. */
export function widgetFrames(exercise: WidgetExercise<string>): {
  values: number[];
  readouts: string[][];
  paths: string[];
} {
  const values = sliderValues(exercise.control);
  const readouts = values.map((v) => exercise.readouts(v).map((r) => `${r.label}: ${formatNumber(r.value, 4)}`));
  const { curve } = exercise;
  const paths = curve ? values.map((v) => curvePath(curve.f(v), curve)) : [];
  return { values, readouts, paths };
}
