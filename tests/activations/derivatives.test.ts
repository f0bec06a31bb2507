/**
 * f′ agrees with a fourth-order central difference of f, (−f(x+2h) + 8f(x+h) − 8f(x−h) + f(x−2h))/12h,
 * on a grid that avoids the kinks, at default and non-default parameters. Relative tolerance 1e-6, plus
 * the difference quotient's own rounding error, ≈ ε·|f|/h, which dominates where f′ ≪ f (e.g. σ′(30)).
 */
import { describe, expect, it } from 'vitest';
import { activationIds, getActivation, type Params } from '../../src/lib/activations';
import { linearGrid } from './grids';

/**
 * Step 0.37 across [−40, 40], offset so that no point is a kink or 0 (softsign's f″ jumps there), plus a
 * few wide points.
 */
const grid = [...linearGrid(-39.95, 39.97, 216), -700.1, -100.1, -64.5, 64.5, 100.1, 700.1];

const extraParams: Record<string, Params[]> = {
  'leaky-relu': [{ alpha: 0.2 }],
  elu: [{ alpha: 0.5 }],
  celu: [{ alpha: 2 }],
  swish: [{ beta: 2 }, { beta: 0 }],
  softplus: [{ beta: 3 }],
  rrelu: [{ lower: 0.1, upper: 0.3 }],
  threshold: [{ threshold: -0.5, value: -2 }],
  softshrink: [{ lambda: 1 }],
  hardshrink: [{ lambda: 1 }],
  squareplus: [{ b: 1 }],
  snake: [{ alpha: 0.5 }],
  sine: [{ omega: 3 }],
};

function centralDifference(f: (x: number) => number, x: number, h: number): number {
  return (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h);
}

describe.each(activationIds)('%s', (id) => {
  const activation = getActivation(id);
  const kinks = activation.kinks.map((k) => k.x);
  for (const params of [{}, ...(extraParams[id] ?? [])]) {
    const label = Object.keys(params).length ? ` at ${JSON.stringify(params)}` : '';
    it(`f′ matches a central difference of f away from kinks${label}`, () => {
      const failures: string[] = [];
      for (const x of grid) {
        const f = (t: number) => activation.f(t, params);
        const analytic = activation.df(x, params);
        // The step is 1e-3 of the scale |f/f′| on which f changes (at most 1e-3), so the truncation
        // error, ~(h·f′/f)⁴, stays far below 1e-6 even where f ≈ e^(87x) (gelu-tanh at −20).
        const h = 1e-3 * Math.min(1, Math.max(1e-2, Math.abs(f(x) / analytic) || 1));
        if (kinks.some((k) => Math.abs(x - k) < 3 * h)) continue;
        const numeric = centralDifference(f, x, h);
        const scale = Math.max(...[x - 2 * h, x, x + 2 * h].map((t) => Math.abs(f(t))));
        const tolerance = 1e-6 * Math.abs(analytic) + (4 * Number.EPSILON * scale) / h + 1e-300;
        if (!(Math.abs(numeric - analytic) <= tolerance))
          failures.push(`x = ${x}: f′ ${analytic}, difference ${numeric}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
