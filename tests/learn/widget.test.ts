import { describe, expect, it } from 'vitest';
import { exerciseIn, getExercise, type WidgetExercise } from '../../src/lib/learn/exercises';
import { curvePath, sliderValues, WIDGET_HEIGHT, WIDGET_WIDTH, widgetFrames } from '../../src/lib/learn/widget';

describe('sliderValues', () => {
  it('lists every step from min to max without drift', () => {
    const values = sliderValues({ label: '', min: 0, max: 0.5, step: 0.01, start: 0 });
    expect(values).toHaveLength(51);
    expect(values[7]).toBe(0.07);
    expect(values.at(-1)).toBe(0.5);
  });
  it('refuses a slider with too many positions', () => {
    expect(() => sliderValues({ label: '', min: 0, max: 1, step: 1e-4, start: 0 })).toThrow(RangeError);
  });
});

describe('curvePath', () => {
  const window = { xmin: -1, xmax: 1, ymin: -1, ymax: 1, f: () => () => 0, caption: '' };
  it('maps the window corners to the picture corners', () => {
    const d = curvePath((x) => x, window, 3);
    expect(d).toBe(
      `M0.0 ${WIDGET_HEIGHT.toFixed(1)}L${(WIDGET_WIDTH / 2).toFixed(1)} ${(WIDGET_HEIGHT / 2).toFixed(1)}L${WIDGET_WIDTH.toFixed(1)} 0.0`,
    );
  });
  it('clips to the y range and lifts the pen over non-finite values', () => {
    const d = curvePath((x) => (x === 0 ? Number.NaN : 10 * x), window, 3);
    expect(d).toBe(`M0.0 ${WIDGET_HEIGHT.toFixed(1)}M${WIDGET_WIDTH.toFixed(1)} 0.0`);
  });
});

describe('widgetFrames', () => {
  it('has one read-out set and one path per slider position', () => {
    const exercise = exerciseIn(getExercise('dead-units-and-leaky-relus/tenth'), 'en') as WidgetExercise<string>;
    const frames = widgetFrames(exercise);
    expect(frames.readouts).toHaveLength(frames.values.length);
    expect(frames.paths).toHaveLength(frames.values.length);
    // At α = 0.2 the left slope is 0.2 and the ratio too.
    const i = frames.values.indexOf(0.2);
    expect(frames.readouts[i]).toEqual(['slope at x = −1: 0.2', 'slope at x = 1: 1', 'ratio left / right: 0.2']);
  });
});
