import { describe, expect, test } from 'vitest';
import { formatLogTick, logTicks } from '../../src/lib/plot/log-ticks';

describe('logTicks', () => {
  // The training lab's loss: from ln 2 ≈ 0.69 down to a few hundredths, then to 1e-6 and beyond.
  test.each([
    [0.05, 0.7],
    [0.1, 0.7],
    [0.3, 0.7],
    [0.69, 0.6932],
    [1e-6, 0.7],
    [1e-14, 3],
    [2, 40],
    [0.0123, 0.0456],
  ])('for data from %s to %s: labels distinct, in range, and the range covers the data', (lo, hi) => {
    const { ticks, min, max } = logTicks(lo, hi);
    expect(min).toBeLessThanOrEqual(lo);
    expect(max).toBeGreaterThanOrEqual(hi);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(10);
    const labels = ticks.map(formatLogTick);
    expect(new Set(labels).size).toBe(labels.length);
    for (const t of ticks) {
      expect(t).toBeGreaterThanOrEqual(min);
      expect(t).toBeLessThanOrEqual(max);
    }
  });

  test('a short range gets 1-2-5 ticks snapped around the data: 0.1, 0.2, 0.5, 1 for 0.12…0.69', () => {
    expect(logTicks(0.12, 0.69)).toEqual({ ticks: [0.1, 0.2, 0.5, 1], min: 0.1, max: 1 });
  });

  test('many decades get powers of ten only', () => {
    expect(logTicks(2e-4, 0.7).ticks).toEqual([1e-4, 1e-3, 0.01, 0.1, 1]);
  });

  test('a narrow range gets 1…9 steps', () => {
    expect(logTicks(0.31, 0.69)).toEqual({ ticks: [0.3, 0.4, 0.5, 0.6, 0.7], min: 0.3, max: 0.7 });
  });

  test('fifteen decades are thinned to at most eight labels', () => {
    const { ticks } = logTicks(1e-14, 0.7);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]).toBe(1e-14);
  });

  test('unusable bounds give a decade, never NaN', () => {
    const { ticks, min, max } = logTicks(0, NaN);
    expect([min, max]).toEqual([0.1, 1]);
    expect(ticks.every(Number.isFinite)).toBe(true);
  });
});

test.each([
  [1, '1'],
  [0.2, '0.2'],
  [0.05, '0.05'],
  [0.001, '0.001'],
  [500, '500'],
  [1e-4, '10⁻⁴'],
  [2e-5, '2 × 10⁻⁵'],
  [5e6, '5 × 10⁶'],
])('formatLogTick(%s) = %s', (v, text) => expect(formatLogTick(v)).toBe(text));
