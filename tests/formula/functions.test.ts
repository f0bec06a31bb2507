/**
 * Each function's value and derivative at several points, against 40-digit references computed with
 * decimal.js from the textbook definitions and derivative identities (tanh′ = 1/cosh², σ′ = σ(1 − σ),
 * erf′ = (2/√π)e^{−x²}, …), not from the code's own stable rewrites. Tolerance: 4 ulps of the correctly
 * rounded reference. The points avoid places where the result is ill-conditioned (tan near π/2, sin near a
 * root at large x), where no double algorithm could meet a fixed ulp bound.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseFormula, type Formula } from '../../src/lib/formula';
import { ulpDistance } from '../activations/ulp';

const D = Decimal.clone({ precision: 40 });
type Ref = (x: Decimal) => Decimal;
/** The double's exact binary value (40 significant digits), not its shortest decimal (19.7 ≠ 19.7 in binary). */
const exact = (x: number): Decimal => new D(x.toPrecision(40));

const one = new D(1);
const sigmoid: Ref = (x) => one.div(one.plus(x.neg().exp()));
/** erf by its Maclaurin series, summed at 40 digits (converges fast for |x| ≤ 6). */
const erf: Ref = (x) => {
  let term = x;
  let sum = x;
  for (let n = 1; n < 400; n++) {
    term = term.times(x.times(x).neg()).div(n);
    sum = sum.plus(term.div(2 * n + 1));
  }
  return sum.times(2).div(D.acos(-1).sqrt());
};
const D2 = Decimal.clone({ precision: 120 });
const erfWide: Ref = (x) => new D(erf(new D2(x) as unknown as Decimal));
const gaussian: Ref = (x) => x.times(x).neg().exp().times(2).div(D.acos(-1).sqrt());

/** name → [f, f′, points]. */
const table: Record<string, [Ref, Ref, number[]]> = {
  exp: [(x) => x.exp(), (x) => x.exp(), [-30.5, -1.25, 0, 1e-9, 0.7, 3.3, 700]],
  log: [(x) => x.ln(), (x) => one.div(x), [1e-300, 0.25, 0.9, 1.5, 7.3, 1e10]],
  ln: [(x) => x.ln(), (x) => one.div(x), [0.25, 7.3]],
  log1p: [(x) => x.plus(1).ln(), (x) => one.div(x.plus(1)), [-0.75, -1e-8, 1e-12, 0.3, 5.5]],
  expm1: [(x) => x.exp().minus(1), (x) => x.exp(), [-3.1, -1e-7, 1e-12, 0.4, 12.5]],
  sqrt: [(x) => x.sqrt(), (x) => one.div(x.sqrt().times(2)), [1e-20, 0.3, 2, 1e6]],
  abs: [(x) => x.abs(), (x) => new D(x.s ?? 0).times(x.isZero() ? 0 : 1), [-3.5, -1e-9, 2.25]],
  sin: [(x) => x.sin(), (x) => x.cos(), [-2.8, -0.4, 1e-8, 1.1, 2.9]],
  cos: [(x) => x.cos(), (x) => x.sin().neg(), [-2.8, -0.4, 1e-8, 1.1, 2.9]],
  tan: [(x) => x.tan(), (x) => one.div(x.cos().pow(2)), [-1.2, -0.4, 1e-8, 0.9, 1.4]],
  tanh: [(x) => x.tanh(), (x) => one.div(x.cosh().pow(2)), [-20.5, -2.2, -0.4, 1e-8, 0.9, 6.1, 19.7]],
  sinh: [(x) => x.sinh(), (x) => x.cosh(), [-8.5, -0.4, 1e-8, 1.3, 30]],
  cosh: [(x) => x.cosh(), (x) => x.sinh(), [-8.5, -0.4, 0.25, 1.3, 30]],
  sigmoid: [sigmoid, (x) => sigmoid(x).times(one.minus(sigmoid(x))), [-40.5, -3.3, -0.2, 0, 0.6, 4.4, 36.2]],
  softplus: [(x) => x.exp().plus(1).ln(), sigmoid, [-40.5, -3.3, -0.2, 0, 0.6, 4.4, 36.2]],
  erf: [erf, gaussian, [-2.5, -0.7, -1e-10, 0.3, 0.49, 0.5, 0.51, 1.7, 4.1]],
  erfc: [(x) => one.minus(erfWide(x)), (x) => gaussian(x).neg(), [-2.5, -0.7, 0, 0.3, 0.5, 1.7, 4.1, 5.9]],
};

const formula = (text: string): Formula => {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe.each(Object.entries(table))('%s', (name, [ref, dref, points]) => {
  const { f, df } = formula(`${name}(x)`);
  it.each(points)(`${name}(%d) and its derivative are within 4 ulps`, (x) => {
    const want = ref(exact(x)).toNumber();
    const dwant = dref(exact(x)).toNumber();
    expect(ulpDistance(f(x), want), `f: ${f(x)} vs ${want}`).toBeLessThanOrEqual(4);
    expect(ulpDistance(df(x), dwant), `f′: ${df(x)} vs ${dwant}`).toBeLessThanOrEqual(4);
  });
});

describe('two-argument functions and sign', () => {
  it('max, min and pow take values and derivatives from the right argument', () => {
    const max = formula('max(x^2, 2*x)');
    expect([max.f(3), max.df(3), max.f(1), max.df(1)]).toEqual([9, 6, 2, 2]);
    const min = formula('min(x^2, 2*x)');
    expect([min.f(3), min.df(3), min.f(1), min.df(1)]).toEqual([6, 2, 1, 2]);
    const pow = formula('pow(x, 3)');
    expect([pow.f(-2), pow.df(-2)]).toEqual([-8, 12]);
    const tower = formula('pow(2, x)');
    expect(ulpDistance(tower.df(3), 8 * Math.LN2)).toBeLessThanOrEqual(1);
  });

  it('x^x has derivative x^x(ln x + 1)', () => {
    const { df } = formula('x^x');
    const want = exact(2.5).pow(2.5).times(exact(2.5).ln().plus(1)).toNumber();
    expect(ulpDistance(df(2.5), want)).toBeLessThanOrEqual(4);
  });

  it('sign is −1, 0, 1 with derivative 0, and keeps −0', () => {
    const { f, df } = formula('sign(x)');
    expect([-3, 0, 2].map(f)).toEqual([-1, 0, 1]);
    expect(Object.is(f(-0), -0)).toBe(true);
    expect([-3, 0, 2].map(df)).toEqual([0, 0, 0]);
  });
});

describe('known values', () => {
  it('σ′(0) = 1/4, erf′(0) = 2/√π, tanh′(0) = 1, softplus′(0) = 1/2, d/dx e^x at 0 = 1', () => {
    expect(formula('sigmoid(x)').df(0)).toBe(0.25);
    expect(formula('erf(x)').df(0)).toBe(1.1283791670955126);
    expect(formula('tanh(x)').df(0)).toBe(1);
    expect(formula('softplus(x)').df(0)).toBe(0.5);
    expect(formula('e^x').df(0)).toBe(1);
  });

  it('keeps the tails: σ(−700) ≈ 9.86e-305, softplus(−40) ≈ 4.25e-18, tanh′(20) ≈ 1.70e-17', () => {
    expect(ulpDistance(formula('sigmoid(x)').f(-700), sigmoid(new D(-700)).toNumber())).toBeLessThanOrEqual(4);
    const softplus40 = new D(-40).exp().plus(1).ln().toNumber();
    expect(ulpDistance(formula('softplus(x)').f(-40), softplus40)).toBeLessThanOrEqual(4);
    const sech2At20 = one.div(new D(20).cosh().pow(2)).toNumber();
    expect(ulpDistance(formula('tanh(x)').df(20), sech2At20)).toBeLessThanOrEqual(4);
    expect(formula('tanh(x)').df(20)).toBeGreaterThan(1.69e-17);
  });
});
