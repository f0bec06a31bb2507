import { describe, expect, test } from 'vitest';
import type { ActivationId } from '../../src/lib/activations';
import { defaultInit, gradientFlow } from '../../src/lib/nn';
import { logAxis, logExtent, logTicks, type LogAxis } from '../../src/lib/plot/log-ticks';

/** A readable tick: a short decimal, 10ⁿ, or m × 10ⁿ with m ∈ {2, 5}. */
const READABLE = /^(\d{1,5}(\.\d{1,2})?|([25] × )?10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$/;

/** Everything a reader needs from an axis over [lo, hi]: enclosing bounds, ticks inside, distinct readable labels. */
function expectReadable(axis: LogAxis, lo: number, hi: number, maxTicks = 10) {
  expect(axis.min).toBeGreaterThan(0);
  expect(axis.min).toBeLessThanOrEqual(lo);
  expect(axis.max).toBeGreaterThanOrEqual(hi);
  // Nice bounds, not a loose fit: at most one step (a decade, or a 1-2-5 step) beyond the data on each side.
  expect(Math.log10(lo / axis.min)).toBeLessThanOrEqual(1 + 1e-9);
  expect(Math.log10(axis.max / hi)).toBeLessThanOrEqual(1 + 1e-9);
  expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
  expect(axis.ticks.length).toBeLessThanOrEqual(maxTicks);
  const labels = axis.ticks.map((t) => t.label);
  expect(new Set(labels).size).toBe(labels.length);
  for (const { value, label } of axis.ticks) {
    expect(value).toBeGreaterThanOrEqual(axis.min);
    expect(value).toBeLessThanOrEqual(axis.max);
    expect(label).toMatch(READABLE);
  }
  const values = axis.ticks.map((t) => t.value);
  expect(values).toEqual([...values].sort((a, b) => a - b));
}

describe('logAxis', () => {
  test('ticks at each power of ten over a few decades, labelled 10ⁿ', () => {
    const axis = logAxis(3.2e-7, 0.04);
    expect(axis.min).toBe(1e-7);
    expect(axis.max).toBe(0.1);
    expect(axis.ticks.map((t) => t.label)).toEqual(['10⁻⁷', '10⁻⁶', '10⁻⁵', '10⁻⁴', '10⁻³', '10⁻²', '10⁻¹']);
  });

  test('1-2-5 ticks when the data span less than two decades, in plain decimals where short', () => {
    const axis = logAxis(0.13, 3.7);
    expect(axis.min).toBe(0.1);
    expect(axis.max).toBe(5);
    expect(axis.ticks.map((t) => t.label)).toEqual(['0.1', '0.2', '0.5', '1', '2', '5']);
  });

  test('1-2-5 ticks far from 1 use m × 10ⁿ', () => {
    const axis = logAxis(2.4e-9, 3e-8);
    expect(axis.ticks.map((t) => t.label)).toEqual(['2 × 10⁻⁹', '5 × 10⁻⁹', '10⁻⁸', '2 × 10⁻⁸', '5 × 10⁻⁸']);
  });

  test('exact 1-2-5 values are exact doubles (2e-3, not 0.0020000000000000005)', () => {
    expect(logAxis(0.002, 0.05).ticks.map((t) => t.value)).toEqual([0.002, 0.005, 0.01, 0.02, 0.05]);
  });

  test('a flat series gets one step either side', () => {
    const axis = logAxis(1, 1);
    expect(axis.ticks.map((t) => t.value)).toEqual([0.5, 1, 2]);
  });

  test('sixty decades are labelled every tenth decade, the bounds still enclosing the data', () => {
    const axis = logAxis(3e-61, 2);
    expect(axis.min).toBe(1e-61);
    expect(axis.max).toBe(10);
    expect(axis.ticks.map((t) => t.label)).toEqual(['10⁻⁶⁰', '10⁻⁵⁰', '10⁻⁴⁰', '10⁻³⁰', '10⁻²⁰', '10⁻¹⁰', '10⁰']);
  });

  test('the whole double range: never 0, never ∞', () => {
    const axis = logAxis(Number.MIN_VALUE, Number.MAX_VALUE);
    expect(axis.min).toBe(Number.MIN_VALUE);
    expect(axis.max).toBe(Number.MAX_VALUE);
    expectReadable(axis, Number.MIN_VALUE, Number.MAX_VALUE);
  });

  test.each([
    [0, 1e-3],
    [-5, 2],
    [NaN, 4],
  ])('ignores a bound a log axis cannot show (%s, %s)', (lo, hi) => {
    const axis = logAxis(lo, hi);
    expectReadable(axis, hi, hi);
  });

  test('with no usable value at all, a default axis 0.1…10', () => {
    for (const [lo, hi] of [
      [0, 0],
      [NaN, NaN],
      [-1, -2],
      [Infinity, Infinity],
    ] as const) {
      const axis = logAxis(lo, hi);
      expect([axis.min, axis.max]).toEqual([0.1, 10]);
    }
  });

  test('every pair of exponents from 10⁻³⁰⁰ to 10³⁰⁰ (and fractions between) gives a readable axis', () => {
    for (let a = -300; a <= 300; a += 23) {
      for (let b = a; b <= 300; b += 19) {
        for (const [fa, fb] of [
          [1, 1],
          [3.3, 1.7],
          [9.9, 1.01],
        ] as const) {
          const lo = fa * 10 ** a;
          const hi = Math.max(lo, fb * 10 ** b);
          if (!(lo > 0) || !Number.isFinite(hi)) continue;
          expectReadable(logAxis(lo, hi), lo, hi);
        }
      }
    }
  }, 30_000);

  test('every 1-2-5 range from 10⁻¹² to 10¹² with a span below two decades is readable', () => {
    for (let e = -12; e <= 12; e += 0.13) {
      for (const span of [0, 0.01, 0.3, 0.99, 1.5, 1.99]) {
        const lo = 10 ** e;
        expectReadable(logAxis(lo, lo * 10 ** span), lo, lo * 10 ** span);
      }
    }
  }, 30_000);
});

describe('logAxis over the gradient-flow lab’s own ranges', () => {
  const ids: ActivationId[] = ['sigmoid', 'tanh', 'relu', 'selu', 'gelu', 'softsign', 'elu', 'binary-step', 'swish'];
  const runs = (depth: number, init: 'auto' | 'xavier') =>
    ids.map((activation) =>
      gradientFlow({
        activation,
        depth,
        width: 8,
        batch: 16,
        init: init === 'auto' ? defaultInit(activation) : 'xavier',
      }),
    );

  test('at every depth 1–64, every metric plotted on a log axis gets distinct, in-range, readable ticks', () => {
    for (let depth = 1; depth <= 64; depth++) {
      for (const init of ['auto', 'xavier'] as const) {
        const layers = runs(depth, init).flat();
        for (const metric of ['weightGradNorm', 'signalNorm', 'std'] as const) {
          const extent = logExtent(layers.map((l) => l[metric]));
          if (!extent) continue;
          expectReadable(logAxis(...extent), ...extent);
        }
      }
    }
  }, 60_000);
});

describe('logExtent', () => {
  test('keeps only positive finite values', () => {
    expect(logExtent([0, -1, NaN, Infinity, 3e-5, 2])).toEqual([3e-5, 2]);
    expect(logExtent([0, 0])).toBeUndefined();
  });
});

describe('logTicks (numeric ticks and a labeller, for the training lab)', () => {
  // The training lab's loss: from ln 2 ≈ 0.69 down to a few hundredths, then to 1e-6 and beyond.
  test.each([
    [0.05, 0.7],
    [0.1, 0.7],
    [0.69, 0.6932],
    [1e-6, 0.7],
    [1e-14, 3],
    [0.0123, 0.0456],
  ])('for losses from %s to %s: the range holds the data, labels are distinct', (lo, hi) => {
    const axis = logTicks(lo, hi);
    expect(axis.min).toBeLessThanOrEqual(lo);
    expect(axis.max).toBeGreaterThanOrEqual(hi);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    const labels = axis.ticks.map(axis.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const t of axis.ticks) expect(t >= axis.min && t <= axis.max).toBe(true);
  });
});
