/**
 * The values the issue names, one test each: tails that a naive formula underflows or cancels. Each is
 * checked against the 80-digit reference with the general tolerance, and against its order of magnitude.
 */
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../src/lib/activations';
import { referenceAt } from './reference';
import { allowance, ulpDistance } from './ulp';

const cases = [
  {
    title: 'softplus(−40) keeps full precision (≈ 4.25e-18, not 0)',
    id: 'softplus',
    fn: 'f',
    x: -40,
    about: 4.248354255291589e-18,
  },
  {
    title: 'gelu(−10) keeps its tail (≈ −7.62e-23, not 0)',
    id: 'gelu',
    fn: 'f',
    x: -10,
    about: -7.619853024160528e-23,
  },
  { title: 'tanh′(20) does not cancel to 0 (≈ 1.70e-17)', id: 'tanh', fn: 'df', x: 20, about: 1.6993417021166355e-17 },
  {
    title: 'elu(−1e-8) has full precision (−9.99999995e-9, no e^x − 1 cancellation)',
    id: 'elu',
    fn: 'f',
    x: -1e-8,
    about: -9.99999995e-9,
  },
  {
    title: 'sigmoid(−700) keeps its tail (≈ 9.86e-305)',
    id: 'sigmoid',
    fn: 'f',
    x: -700,
    about: 9.85967654375977e-305,
  },
  {
    title: 'gelu′(−0.8), beside the root of gelu′, keeps its precision',
    id: 'gelu',
    fn: 'df',
    x: -0.8,
    about: -0.019897843625789523,
  },
  { title: 'selu(−1e-300) is λα·x, not 0', id: 'selu', fn: 'f', x: -1e-300, about: -1.758099340847377e-300 },
  {
    title: 'tanhshrink(1e-3) = x − tanh x keeps full precision (≈ x³/3 = 3.33e-10, no cancellation)',
    id: 'tanhshrink',
    fn: 'f',
    x: 1e-3,
    about: 3.33333200000054e-10, // x³/3 − 2x⁵/15 + 17x⁷/315
  },
  {
    title: 'squareplus(−1000) keeps its tail (≈ b/(4·1000) = 1e-3, not a cancelled difference)',
    id: 'squareplus',
    fn: 'f',
    x: -1000,
    about: 9.99999000002e-4, // 4/(2(√1000004 + 1000))
  },
  {
    title: 'log-sigmoid(40) keeps its tail (≈ −4.25e-18, not 0)',
    id: 'log-sigmoid',
    fn: 'f',
    x: 40,
    about: -4.248354255291589e-18,
  },
  {
    title: 'snake′(−0.8), beside the double root −π/4 of 1 + sin 2x, keeps its precision',
    id: 'snake',
    fn: 'df',
    x: -0.8,
    about: 4.26396958494838e-4, // 1 + sin(−1.6)
  },
] as const;

describe('values the issue names', () => {
  for (const c of cases) {
    it(c.title, () => {
      const activation = getActivation(c.id);
      const ours = c.fn === 'f' ? activation.f(c.x) : activation.df(c.x);
      const point = referenceAt(c.id, c.fn, c.x);
      expect(point, 'reference value present').toBeDefined();
      const [, value, cond] = point!;
      expect(ulpDistance(ours, Number(value))).toBeLessThanOrEqual(allowance(cond));
      expect(ours).not.toBe(0);
      expect(Math.abs(ours / c.about - 1)).toBeLessThan(1e-12);
    });
  }
});
