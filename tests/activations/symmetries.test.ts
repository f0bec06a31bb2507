/**
 * Identities between and within the functions, on a grid: reflections such as σ(x) + σ(−x) = 1 and
 * x·g(x) − (−x)·g(−x) = x for the self-gated family, and relations such as tanh x = 2σ(2x) − 1.
 * Tolerances are a few ulps of the terms involved.
 */
import { describe, expect, it } from 'vitest';
import { getActivation, type ActivationId } from '../../src/lib/activations';
import { linearGrid } from './grids';

const grid = linearGrid(-30, 30, 6000);
const EPS = Number.EPSILON;
const fOf = (id: ActivationId) => (x: number) => getActivation(id).f(x);
const dfOf = (id: ActivationId) => (x: number) => getActivation(id).df(x);

/** max over the grid of |lhs − rhs| / (ε·scale): the error in ulps of the terms' size (0 where equal). */
function worstUlps(lhs: (x: number) => number, rhs: (x: number) => number, scale: (x: number) => number): number {
  const ulps = (x: number) => {
    const difference = Math.abs(lhs(x) - rhs(x));
    return difference === 0 ? 0 : difference / (EPS * scale(x));
  };
  return Math.max(...grid.map(ulps));
}

describe('reflection symmetries', () => {
  for (const id of ['sigmoid', 'hard-sigmoid'] as const) {
    it(`${id}(x) + ${id}(−x) = 1, and ${id}′ is even`, () => {
      const f = fOf(id);
      const df = dfOf(id);
      expect(
        worstUlps(
          (x) => f(x) + f(-x),
          () => 1,
          () => 1,
        ),
      ).toBeLessThanOrEqual(2);
      for (const x of grid) expect(df(-x)).toBe(df(x));
    });
  }

  for (const id of [
    'tanh',
    'softsign',
    'hard-tanh',
    'identity',
    'softshrink',
    'hardshrink',
    'tanhshrink',
    'sine',
  ] as const) {
    it(`${id} is odd and ${id}′ even, exactly`, () => {
      for (const x of grid) {
        expect(fOf(id)(-x)).toBe(-fOf(id)(x));
        expect(dfOf(id)(-x)).toBe(dfOf(id)(x));
      }
    });
  }

  // f(x) = x·g(x) with g(x) + g(−x) = 1 gives f(x) − f(−x) = x and f′(x) + f′(−x) = 1; softplus and relu too.
  // Also sparse-plus: ((x + 1)² − (1 − x)²)/4 = x; squareplus: ((x + s) − (s − x))/2 = x; QuickGELU: σ(1.702x).
  for (const id of [
    'softplus',
    'relu',
    'gelu',
    'gelu-tanh',
    'quick-gelu',
    'swish',
    'hard-swish',
    'squareplus',
    'sparse-plus',
  ] as const) {
    it(`${id}(x) − ${id}(−x) = x and ${id}′(x) + ${id}′(−x) = 1`, () => {
      const f = fOf(id);
      const df = dfOf(id);
      expect(
        worstUlps(
          (x) => f(x) - f(-x),
          (x) => x,
          (x) => Math.abs(f(x)) + Math.abs(f(-x)),
        ),
      ).toBeLessThanOrEqual(4);
      const kinks = getActivation(id).kinks.map((k) => Math.abs(k.x));
      const smooth = (x: number) => !kinks.includes(Math.abs(x));
      const slopes = (x: number) => (smooth(x) ? df(x) + df(-x) : 1);
      expect(
        worstUlps(
          slopes,
          () => 1,
          (x) => Math.abs(df(x)) + Math.abs(df(-x)),
        ),
      ).toBeLessThanOrEqual(4);
    });
  }
});

describe('relations between functions', () => {
  const sigmoid = fOf('sigmoid');
  it('tanh x = 2σ(2x) − 1 and tanh′ x = 4σ′(2x)', () => {
    expect(
      worstUlps(
        fOf('tanh'),
        (x) => 2 * sigmoid(2 * x) - 1,
        () => 2,
      ),
    ).toBeLessThanOrEqual(4);
    expect(
      worstUlps(
        dfOf('tanh'),
        (x) => 4 * dfOf('sigmoid')(2 * x),
        (x) => dfOf('tanh')(x),
      ),
    ).toBeLessThanOrEqual(6);
  });

  it('softplus′ = σ and swish′ = σ(x) + x·σ′(x)', () => {
    expect(worstUlps(dfOf('softplus'), sigmoid, sigmoid)).toBe(0);
    const swishSlope = (x: number) => sigmoid(x) + x * dfOf('sigmoid')(x);
    expect(
      worstUlps(dfOf('swish'), swishSlope, (x) => sigmoid(x) + Math.abs(x * dfOf('sigmoid')(x))),
    ).toBeLessThanOrEqual(6);
  });

  it('selu = λ·elu with α = α₀₁, and celu with α = 1 is elu', () => {
    const elu = getActivation('elu');
    const selu = fOf('selu');
    const scaled = (x: number) => 1.0507009873554805 * elu.f(x, { alpha: 1.6732632423543772 });
    expect(worstUlps(selu, scaled, (x) => Math.abs(selu(x)))).toBeLessThanOrEqual(4);
    for (const x of grid) expect(fOf('celu')(x)).toBe(elu.f(x));
  });

  it('softplus_β lies above relu by at most ln 2/β, the gap shrinking as β grows', () => {
    const softplus = getActivation('softplus');
    for (const beta of [0.5, 1, 3, 5]) {
      for (const x of grid) {
        const gap = softplus.f(x, { beta }) - Math.max(x, 0);
        // ≥ 0 up to rounding: (βx)/β need not give x back exactly.
        expect(gap).toBeGreaterThanOrEqual(-2 * EPS * Math.abs(x));
        expect(gap).toBeLessThanOrEqual(Math.LN2 / beta + 1e-15);
      }
    }
  });

  it('log σ(x) = −softplus(−x) exactly, and log σ(x) − log σ(−x) = x', () => {
    const logSigmoid = fOf('log-sigmoid');
    for (const x of grid) expect(logSigmoid(x)).toBe(-fOf('softplus')(-x));
    expect(
      worstUlps(
        (x) => logSigmoid(x) - logSigmoid(-x),
        (x) => x,
        (x) => Math.abs(logSigmoid(x)) + Math.abs(logSigmoid(-x)),
      ),
    ).toBeLessThanOrEqual(4);
  });

  it('squareplus(x)·squareplus(−x) = b/4, since (s + x)(s − x) = b', () => {
    const sp = getActivation('squareplus');
    for (const b of [4, 1]) {
      expect(
        worstUlps(
          (x) => sp.f(x, { b }) * sp.f(-x, { b }),
          () => b / 4,
          () => b / 4,
        ),
      ).toBeLessThanOrEqual(8);
    }
  });

  it('tanhshrink = x − tanh x where nothing cancels (|x| ≥ 2), and tanhshrink′ = tanh²', () => {
    for (const x of grid) {
      if (Math.abs(x) >= 2) expect(fOf('tanhshrink')(x)).toBe(x - Math.tanh(x));
      expect(dfOf('tanhshrink')(x)).toBe(Math.tanh(x) ** 2);
    }
  });

  it('softshrink(x) = x − clip(x, −λ, λ) = x − hard-tanh(x/λ)·λ, and hardshrink(x) − softshrink(x) = λ·sign(x) outside [−λ, λ]', () => {
    for (const x of grid) {
      expect(fOf('softshrink')(x)).toBeCloseTo(x - Math.min(Math.max(x, -0.5), 0.5), 14);
      if (Math.abs(x) > 0.5) expect(fOf('hardshrink')(x) - fOf('softshrink')(x)).toBeCloseTo(0.5 * Math.sign(x), 14);
    }
  });

  it('squared-relu = relu², squared-relu′ = 2·relu; snake with tiny α approaches the identity', () => {
    for (const x of grid) {
      expect(fOf('squared-relu')(x)).toBe(fOf('relu')(x) ** 2);
      expect(dfOf('squared-relu')(x)).toBe(2 * fOf('relu')(x));
    }
    const snake = getActivation('snake');
    for (const x of [-3, -0.5, 0.25, 2]) expect(Math.abs(snake.f(x, { alpha: 1e-6 }) - x)).toBeLessThan(1e-5);
  });

  // The direct 1 + Math.sin(2x) carries sin's error (≤ 1 ulp of a number ≤ 1) and the sum's rounding (½ ulp of a
  // number ≤ 2); ours is within a few ulps of the true value: their difference stays within 6ε in absolute terms.
  it('snake′ ≥ 0 and 2 at most, and agrees with the direct 1 + sin 2x to 6ε absolute', () => {
    for (const x of grid) {
      const d = dfOf('snake')(x);
      expect(d >= 0 && d <= 2).toBe(true);
      expect(Math.abs(d - (1 + Math.sin(2 * x)))).toBeLessThanOrEqual(6 * EPS);
    }
  });

  it('gelu-tanh stays within 5e-4 of gelu (the approximation’s known quality)', () => {
    expect(Math.max(...grid.map((x) => Math.abs(fOf('gelu')(x) - fOf('gelu-tanh')(x))))).toBeLessThan(5e-4);
  });
});
