/**
 * NaN in gives NaN out, and ±Infinity give the limits. The limits are written by hand from the mathematics,
 * not read from the module: e.g. sigmoid(−∞) = 0, relu6(+∞) = 6, selu(−∞) = −λα, gelu′(+∞) = 1. Where the
 * limit does not exist (sin x, cos x at ±∞) the table says NaN, which is what f gives there.
 */
import { describe, expect, it } from 'vitest';
import { activationIds, getActivation, type ActivationId, type Params } from '../../src/lib/activations';
import { ulpDistance } from './ulp';

/** SELU's λ and α (Klambauer et al., 2017), to double precision. */
const LAMBDA = 1.0507009873554805;
const ALPHA = 1.6732632423543772;

interface Limit {
  /** f(−∞), f(+∞), f′(−∞), f′(+∞). */
  readonly f: readonly [number, number];
  readonly df: readonly [number, number];
}

const saturating = (low: number, high: number): Limit => ({ f: [low, high], df: [0, 0] });
/** Functions that vanish on the left and become the identity on the right. */
const rampLike: Limit = { f: [0, Infinity], df: [0, 1] };
const leaky = (slope: number): Limit => ({ f: [-Infinity, Infinity], df: [slope, 1] });

const limits: Record<ActivationId, Limit> = {
  identity: { f: [-Infinity, Infinity], df: [1, 1] },
  'binary-step': saturating(0, 1),
  sigmoid: saturating(0, 1),
  tanh: saturating(-1, 1),
  softsign: saturating(-1, 1),
  'hard-sigmoid': saturating(0, 1),
  'hard-tanh': saturating(-1, 1),
  relu: rampLike,
  relu6: saturating(0, 6),
  'leaky-relu': leaky(0.01),
  prelu: leaky(0.25),
  rrelu: leaky((1 / 8 + 1 / 3) / 2),
  elu: { f: [-1, Infinity], df: [0, 1] },
  selu: { f: [-LAMBDA * ALPHA, Infinity], df: [0, LAMBDA] },
  celu: { f: [-1, Infinity], df: [0, 1] },
  softplus: rampLike,
  gelu: rampLike,
  'gelu-tanh': rampLike,
  swish: rampLike,
  mish: rampLike,
  'hard-swish': rampLike,
  // log σ(x) → −∞ with slope 1 on the left, 0 from below on the right.
  'log-sigmoid': { f: [-Infinity, 0], df: [1, 0] },
  // max(0, x)²: its slope 2x grows without bound.
  'squared-relu': { f: [0, Infinity], df: [0, Infinity] },
  // x for x > 1, else the value 0.
  threshold: rampLike,
  squareplus: rampLike,
  'sparse-plus': rampLike,
  'quick-gelu': rampLike,
  // Shrinks tend to x ∓ λ (or x, or x ∓ 1): unbounded, slope 1 on both sides.
  softshrink: { f: [-Infinity, Infinity], df: [1, 1] },
  hardshrink: { f: [-Infinity, Infinity], df: [1, 1] },
  tanhshrink: { f: [-Infinity, Infinity], df: [1, 1] },
  // x + sin²(x) → ±∞ since sin² is bounded, but f′ = 1 + sin 2x oscillates: no limit, NaN.
  snake: { f: [-Infinity, Infinity], df: [NaN, NaN] },
  // sin x and cos x oscillate: neither f nor f′ has a limit at ±∞, NaN.
  sine: { f: [NaN, NaN], df: [NaN, NaN] },
};

/** Non-default parameters move some limits: ELU/CELU saturate at −α, the leaky slopes are the parameter. */
const withParams: { id: ActivationId; params: Params; limit: Limit }[] = [
  { id: 'leaky-relu', params: { alpha: 0.2 }, limit: leaky(0.2) },
  { id: 'leaky-relu', params: { alpha: 0 }, limit: { f: [0, Infinity], df: [0, 1] } },
  { id: 'rrelu', params: { lower: 0.1, upper: 0.3 }, limit: leaky(0.2) },
  { id: 'elu', params: { alpha: 0.5 }, limit: { f: [-0.5, Infinity], df: [0, 1] } },
  { id: 'celu', params: { alpha: 2 }, limit: { f: [-2, Infinity], df: [0, 1] } },
  { id: 'softplus', params: { beta: 3 }, limit: rampLike },
  { id: 'swish', params: { beta: 2 }, limit: rampLike },
  // β = 0 makes swish x/2.
  { id: 'swish', params: { beta: 0 }, limit: { f: [-Infinity, Infinity], df: [0.5, 0.5] } },
  // The value replaces everything at or below θ.
  { id: 'threshold', params: { threshold: -0.5, value: -2 }, limit: { f: [-2, Infinity], df: [0, 1] } },
  { id: 'squareplus', params: { b: 1 }, limit: rampLike },
];

/** Within 2 ulps (λα is a product of two rounded constants); ±0 equal; infinities exact. */
const near = (actual: number, expected: number) =>
  expect(ulpDistance(actual, expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(2);

describe.each(activationIds)('%s', (id) => {
  const activation = getActivation(id);

  it('gives NaN for NaN, in f and in f′', () => {
    expect(activation.f(NaN)).toBeNaN();
    expect(activation.df(NaN)).toBeNaN();
  });

  const { f, df } = limits[id];
  it(`tends to ${f[0]} at −∞ and ${f[1]} at +∞, with slopes ${df[0]} and ${df[1]}`, () => {
    near(activation.f(-Infinity), f[0]);
    near(activation.f(Infinity), f[1]);
    near(activation.df(-Infinity), df[0]);
    near(activation.df(Infinity), df[1]);
  });

  it('approaches those limits continuously: f(±1e300) is the limit or heading to ±∞', () => {
    for (const [x, limit] of [
      [-1e300, f[0]],
      [1e300, f[1]],
    ] as const) {
      const value = activation.f(x);
      // No limit (an oscillation): f stays finite and bounded by 1 there.
      if (Number.isNaN(limit)) expect(Math.abs(value)).toBeLessThanOrEqual(1);
      else if (Number.isFinite(limit)) expect(Math.abs(value - limit)).toBeLessThan(1e-6);
      else expect(Math.sign(value) === Math.sign(limit) && Math.abs(value) > 1e290).toBe(true);
    }
  });
});

describe('limits at non-default parameters', () => {
  for (const { id, params, limit } of withParams) {
    it(`${id}(${JSON.stringify(params)}) tends to ${limit.f.join(' and ')}, slopes ${limit.df.join(' and ')}`, () => {
      const a = getActivation(id);
      expect(a.f(NaN, params)).toBeNaN();
      expect(a.df(NaN, params)).toBeNaN();
      near(a.f(-Infinity, params), limit.f[0]);
      near(a.f(Infinity, params), limit.f[1]);
      near(a.df(-Infinity, params), limit.df[0]);
      near(a.df(Infinity, params), limit.df[1]);
    });
  }
});
