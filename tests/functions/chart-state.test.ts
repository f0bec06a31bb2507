import { describe, expect, test } from 'vitest';
import { getActivation } from '../../src/lib/activations';
import { parseChartState, serializeChartState, snapToStep } from '../../src/lib/functions/chart-state';

const leaky = getActivation('leaky-relu').params; // alpha: 0…1, step 0.01, default 0.01
const elu = getActivation('elu').params;
const range = [-5, 5] as const;

describe('function-page chart state in the URL', () => {
  test('no query: the defaults, no notice', () => {
    expect(parseChartState('', leaky, range)).toEqual({
      state: { params: { alpha: 0.01 }, xmin: -5, xmax: 5 },
      notices: [],
    });
  });

  test('reads a parameter and the x range', () => {
    const { state, notices } = parseChartState('?alpha=0.2&xmin=-4&xmax=4', leaky, range);
    expect(state).toEqual({ params: { alpha: 0.2 }, xmin: -4, xmax: 4 });
    expect(notices).toEqual([]);
  });

  test('a value between the slider’s steps moves to the nearest step, with a notice', () => {
    const { state, notices } = parseChartState('alpha=0.123', leaky, range);
    expect(state.params['alpha']).toBe(0.12);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('0.12 was used');
  });

  test.each(['alpha=2', 'alpha=-0.5', 'alpha=abc', 'alpha=', 'alpha=NaN', 'alpha=Infinity'])(
    '%s falls back to the default with a notice',
    (query) => {
      const { state, notices } = parseChartState(query, leaky, range);
      expect(state.params['alpha']).toBe(0.01);
      expect(notices).toHaveLength(1);
    },
  );

  test.each(['xmin=3&xmax=2', 'xmin=1&xmax=1.05', 'xmin=-1e9&xmax=1', 'xmin=a&xmax=b'])(
    'a bad x range (%s) gives the default range with a notice',
    (query) => {
      const { state, notices } = parseChartState(query, leaky, range);
      expect([state.xmin, state.xmax]).toEqual([-5, 5]);
      expect(notices).toHaveLength(1);
    },
  );

  test('one end alone keeps the other default', () => {
    expect(parseChartState('xmax=10', elu, range).state).toMatchObject({ xmin: -5, xmax: 10 });
  });

  test('serializes only what differs from the defaults, and round-trips', () => {
    expect(serializeChartState({ params: { alpha: 0.01 }, xmin: -5, xmax: 5 }, leaky, range)).toBe('');
    const state = { params: { alpha: 0.3 }, xmin: -2.5, xmax: 8 };
    const query = serializeChartState(state, leaky, range);
    expect(query).toBe('alpha=0.3&xmin=-2.5&xmax=8');
    expect(parseChartState(query, leaky, range)).toEqual({ state, notices: [] });
  });

  test('snapToStep lands on exact decimals', () => {
    expect(snapToStep(0.07, leaky[0]!)).toBe(0.07);
    expect(snapToStep(0.999, leaky[0]!)).toBe(1);
  });
});
