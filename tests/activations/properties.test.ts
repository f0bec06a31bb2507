/**
 * Each activation's `properties` claims, checked against f and f′ at default parameters: monotonicity,
 * range (and which bounds are attained), zero-centring (f odd), saturation and the largest slope.
 */
import { describe, expect, it } from 'vitest';
import { activationIds, getActivation } from '../../src/lib/activations';
import { denseGrid, refineExtremum, wideGrid } from './grids';
import { ulpStep } from './ulp';

const grid = [...denseGrid, ...wideGrid];
/** x so large that every bound at ±∞ is approached within 1e-6 (softsign's 1 − 1/(1 + |x|) is slowest). */
const far = [1e7, 1e12, 1e300];
/** Open bounds must not be reached for |x| ≤ 15; beyond, f may round onto them (tanh(20) = 1 in double). */
const moderate = denseGrid.filter((x) => Math.abs(x) <= 15);

describe.each(activationIds)('%s', (id) => {
  const a = getActivation(id);
  const p = a.properties;
  const f = (x: number) => a.f(x);
  const df = (x: number) => a.df(x);

  it(
    p.monotonic ? 'is non-decreasing: f′ ≥ 0 and f rises along the grid' : 'is not monotonic: f′ < 0 somewhere',
    () => {
      const slopes = grid.map(df);
      const steps = denseGrid.slice(1).map((x, i) => f(x) - f(denseGrid[i]!));
      if (p.monotonic) {
        expect(Math.min(...slopes)).toBeGreaterThanOrEqual(0);
        expect(Math.min(...steps)).toBeGreaterThanOrEqual(0);
      } else {
        expect(Math.min(...slopes)).toBeLessThan(0);
        expect(Math.min(...steps)).toBeLessThan(0);
      }
    },
  );

  it(`stays within ${p.rangeLatex}`, () => {
    const [low, high] = p.range;
    for (const x of [...grid, ...far, ...far.map((t) => -t)]) {
      const y = f(x);
      expect(y, `f(${x})`).toBeGreaterThanOrEqual(Number.isFinite(low) ? ulpStep(low, -2) : low);
      expect(y, `f(${x})`).toBeLessThanOrEqual(Number.isFinite(high) ? ulpStep(high, 2) : high);
    }
  });

  it(`attains exactly the closed ends of ${p.rangeLatex} and only approaches the open ones`, () => {
    for (const side of [0, 1] as const) {
      const bound = p.range[side];
      const sign = side === 0 ? -1 : 1;
      const tails = far.map((t) => f(sign * t));
      if (!Number.isFinite(bound)) {
        expect(p.rangeClosed[side]).toBe(false);
        expect(sign * Math.max(...tails.map((y) => sign * y))).toSatisfy((y: number) => sign * y > 1e100);
        continue;
      }
      const values = denseGrid.map(f);
      const i = side === 0 ? values.indexOf(Math.min(...values)) : values.indexOf(Math.max(...values));
      if (p.rangeClosed[side]) {
        const best = refineExtremum(f, denseGrid[i]!, 1e-3, sign as 1 | -1);
        expect(Math.abs(best - bound), `extremum ${best}`).toBeLessThan(1e-12);
      } else {
        for (const x of moderate) expect(f(x), `f(${x})`).not.toBe(bound);
        expect(Math.min(...tails.map((y) => Math.abs(y - bound)))).toBeLessThan(1e-6);
      }
    }
  });

  it(p.zeroCentred ? 'is zero-centred: f is odd' : 'is not zero-centred: f is not odd', () => {
    const oddness = Math.max(...denseGrid.map((x) => Math.abs(f(-x) + f(x))));
    if (p.zeroCentred) expect(oddness).toBe(0);
    else expect(oddness).toBeGreaterThan(1e-3);
  });

  it(`saturates ${p.saturates.negative ? '' : 'not '}on the left and ${p.saturates.positive ? '' : 'not '}on the right`, () => {
    expect(Math.abs(df(-1e3)) < 1e-6).toBe(p.saturates.negative);
    expect(Math.abs(df(1e3)) < 1e-6).toBe(p.saturates.positive);
  });

  it(`has sup |f′| = ${p.maxAbsDerivative}, attained and never exceeded`, () => {
    if (p.maxAbsDerivative === Infinity) {
      // Unbounded slope (squared ReLU): f′ exceeds any bound far out.
      expect(Math.max(...far.flatMap((t) => [Math.abs(df(t)), Math.abs(df(-t))]))).toBeGreaterThan(1e100);
      return;
    }
    // The far points too: a supremum approached only as x → ±∞ (squareplus′ → 1) is reached within 1e-12 there.
    const slopes = [...grid, ...far, ...far.map((t) => -t)].map((x) => Math.abs(df(x)));
    const largest = Math.max(...slopes);
    expect(largest, 'never exceeded').toBeLessThanOrEqual(ulpStep(p.maxAbsDerivative, 4));
    const at = [...grid, ...far, ...far.map((t) => -t)][slopes.indexOf(largest)]!;
    const refined = refineExtremum((x) => Math.abs(df(x)), at, 1e-3, 1);
    expect(Math.abs(Math.max(largest, refined) - p.maxAbsDerivative)).toBeLessThan(1e-12);
  });
});
