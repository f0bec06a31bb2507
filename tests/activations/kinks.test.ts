/**
 * Derivatives at kinks follow PyTorch's autograd, and the branch boundaries sit exactly at the kinks: one
 * double either side, df takes the neighbouring piece's value. Every kink a spec lists is covered here.
 */
import { describe, expect, it } from 'vitest';
import { activations, getActivation, type ActivationId, type Params } from '../../src/lib/activations';
import { ulpStep } from './ulp';

const LAMBDA_ALPHA = 1.0507009873554805 * 1.6732632423543772;

/** [id, kink x, f′ there as PyTorch returns it, f′ just left, f′ just right, params]. */
type Row = [id: ActivationId, x: number, atKink: number, left: number, right: number, params?: Params];

const rows: Row[] = [
  ['binary-step', 0, 0, 0, 0],
  ['relu', 0, 0, 0, 1],
  ['relu6', 0, 0, 0, 1],
  ['relu6', 6, 0, 1, 0],
  ['leaky-relu', 0, 0.01, 0.01, 1],
  ['leaky-relu', 0, 0.2, 0.2, 1, { alpha: 0.2 }],
  ['prelu', 0, 0.25, 0.25, 1],
  ['rrelu', 0, (1 / 8 + 1 / 3) / 2, (1 / 8 + 1 / 3) / 2, 1],
  ['rrelu', 0, 0.2, 0.2, 1, { lower: 0.1, upper: 0.3 }],
  ['elu', 0, 1, 1, 1],
  ['elu', 0, 0.5, 0.5, 1, { alpha: 0.5 }],
  ['selu', 0, LAMBDA_ALPHA, LAMBDA_ALPHA, 1.0507009873554805],
  ['celu', 0, 1, 1, 1],
  ['celu', 0, 1, 1, 1, { alpha: 2 }],
  ['hard-sigmoid', -3, 0, 0, 1 / 6],
  ['hard-sigmoid', 3, 0, 1 / 6, 0],
  ['hard-tanh', -1, 0, 0, 1],
  ['hard-tanh', 1, 0, 1, 0],
  // Current PyTorch (pytorch/pytorch#148049): the outer slopes at the corners, 0 at −3 and 1 at 3.
  ['hard-swish', -3, 0, 0, -0.5],
  ['hard-swish', 3, 1, 1.5, 1],
  // threshold_backward: gradient only where x > θ.
  ['threshold', 1, 0, 0, 1],
  // shrink_backward: 0 on the closed interval [−λ, λ].
  ['softshrink', -0.5, 0, 1, 0],
  ['softshrink', 0.5, 0, 0, 1],
  ['hardshrink', -0.5, 0, 1, 0],
  ['hardshrink', 0.5, 0, 0, 1],
  // sparse-plus is C¹: f′ is continuous at ±1 (only f″ jumps), so all three values agree.
  ['sparse-plus', -1, 0, 0, 0],
  ['sparse-plus', 1, 1, 1, 1],
];

/** f′ one double away from the kink; near 0 that is a subnormal, so use ±1e-300 (same branch, normal). */
const beside = (x: number, side: 1 | -1) => (x === 0 ? side * 1e-300 : ulpStep(x, side));

describe("derivatives at kinks follow PyTorch's convention", () => {
  for (const [id, x, atKink, left, right, params] of rows) {
    const label = `${id}${params ? JSON.stringify(params) : ''}′(${x})`;
    it(`${label} = ${atKink}, and the pieces beside it give ${left} and ${right}`, () => {
      const a = getActivation(id);
      expect(a.df(x, params)).toBeCloseTo(atKink, 15);
      if (x === 0) expect(a.df(-0, params)).toBeCloseTo(atKink, 15);
      // The neighbouring pieces, with f′ a polynomial of degree ≤ 1 there: compare to 1e-12.
      expect(a.df(beside(x, -1), params)).toBeCloseTo(left, 12);
      expect(a.df(beside(x, 1), params)).toBeCloseTo(right, 12);
    });
  }

  it('covers every kink the registry lists, and lists every kink tested', () => {
    const listed = activations.flatMap((a) => a.kinks.map((k) => `${a.id}@${k.x}`)).sort();
    const tested = [...new Set(rows.map(([id, x]) => `${id}@${x}`))].sort();
    expect(tested).toEqual(listed);
  });

  it('relu′(0) = 0 exactly, and relu′ is 1 from the smallest positive double on', () => {
    const relu = getActivation('relu');
    expect(relu.df(0)).toBe(0);
    expect(relu.df(-0)).toBe(0);
    expect(relu.df(Number.MIN_VALUE)).toBe(1);
    expect(relu.df(-Number.MIN_VALUE)).toBe(0);
  });

  it('hard-swish′(−3) = 0 and hard-swish′(3) = 1 exactly (current PyTorch), with f continuous there', () => {
    const hs = getActivation('hard-swish');
    expect(hs.df(-3)).toBe(0);
    expect(hs.df(3)).toBe(1);
    expect(hs.f(-3)).toBe(0);
    expect(hs.f(3)).toBe(3);
  });
});
