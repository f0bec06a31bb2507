import { describe, expect, it } from 'vitest';
import { formats } from '../../../src/lib/labs/precision/formats';
import { references, REFERENCE_FLOOR_ULPS, tanhSeries } from '../../../src/lib/labs/precision/reference';
import { D, exactDecimal, exp, log1p, normalCdf, tanh } from '../../../scripts/reference/decimal-math.mjs';

type Dec = InstanceType<typeof D>;
const softplusD = (x: Dec): Dec => (x.gt(0) ? x.plus(log1p(exp(x.neg()))) : log1p(exp(x)));

/** Each reference against 80-digit decimal.js, independently derived (scripts/reference/decimal-math.mjs). */
const truth: Record<Exclude<keyof typeof references, 'softmax'>, (x: Dec) => Dec> = {
  softplus: softplusD,
  sigmoid: (x) => new D(1).div(exp(x.neg()).plus(1)),
  gelu: (x) => x.times(normalCdf(x)),
  tanhshrink: (x) => x.minus(tanh(x)),
  'log-sigmoid': (x) => softplusD(x.neg()).neg(),
};
const points = [-700, -37.5, -12.25, -3.3, -1, -0.999, -0.3, -1e-3, 1e-6, 0.05, 0.7, 1.01, 2.5, 9, 30, 600];
const ulps = (value: number, exact: Dec) =>
  exact.minus(exactDecimal(value)).abs().div(formats.float64.ulp(exact.toNumber())).toNumber();

describe('double references', () => {
  for (const [id, f] of Object.entries(truth)) {
    it(`${id} is within ${REFERENCE_FLOOR_ULPS} float64 ulps of its 80-digit value`, () => {
      for (const x of points) {
        if (id === 'gelu' && Math.abs(x) > 38) continue; // Φ(−700) is 0 in double; the lab stops at ±40
        const exact = f(exactDecimal(x));
        if (exact.abs().lt(1e-300)) continue;
        const value = references[id as keyof typeof truth](x);
        expect(ulps(value, exact), `${id}(${x})`).toBeLessThanOrEqual(REFERENCE_FLOOR_ULPS);
      }
    });
  }
  it('softmax p₀ of [x, x − 1, x − 2] is 1/(1 + e^−1 + e^−2) whenever the logits are exact', () => {
    const exact = new D(1).div(new D(1).plus(exp(new D(-1))).plus(exp(new D(-2))));
    for (const x of [-700, -3, 0, 10.5, 700]) {
      expect(ulps(references.softmax(x, formats.float64), exact)).toBeLessThanOrEqual(REFERENCE_FLOOR_ULPS);
    }
  });
  it('the tanh series starts 1, −1/3, 2/15, −17/315, 62/2835', () => {
    expect(tanhSeries.slice(0, 5)).toEqual(
      [1, -1 / 3, 2 / 15, -17 / 315, 62 / 2835].map((v, i) => expect.closeTo(v, 17 - i)),
    );
  });
});
