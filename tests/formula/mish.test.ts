/**
 * Typed formulas against the catalogue's Mish (src/lib/activations/smooth.ts), on x = −20, −19.99, …, 20.
 *
 * `x*tanh(log(1+exp(x)))` is the textbook form. Rounding 1 + e^x to a double loses about ε/e^x of
 * softplus's relative precision when x < 0 (softplus ≈ e^x is then the rounding residue), so f may be
 * off by that factor: we allow 4·max(1, e^{−x}) ulps (at x = −20, ~2e9 ulps, i.e. 8 correct digits).
 * `x*tanh(softplus(x))` uses the stable softplus, so it must agree to 4 ulps everywhere.
 *
 * f′ = tanh(sp) + x·sech²(sp)·σ(x) is a sum whose terms cancel near Mish's minimum (x ≈ −1.19): any
 * evaluation of that sum carries a few ulps of its terms, which are many ulps of the result there (the
 * module avoids it with Misra's closed form). So the derivative's tolerance is absolute, on the scale of
 * the terms: |Δ| ≤ 4·2^−52·(|t₁| + |t₂|), times max(1, e^{−x}) for the log(1+exp(x)) form.
 */
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../src/lib/activations';
import { parseFormula } from '../../src/lib/formula';
import { ulpDistance } from '../activations/ulp';

const mish = getActivation('mish');
const grid = Array.from({ length: 4001 }, (_, i) => -20 + i / 100);
const EPS = 2 ** -52;

function compare(text: string, loss: (x: number) => number) {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.message);
  const badF: string[] = [];
  const badDf: string[] = [];
  for (const x of grid) {
    if (ulpDistance(result.f(x), mish.f(x)) > 4 * loss(x)) badF.push(`${x}: ${result.f(x)} vs ${mish.f(x)}`);
    const t1 = x === 0 ? Math.tanh(Math.LN2) : mish.f(x) / x;
    const t2 = mish.df(x) - t1;
    const tolerance = 4 * EPS * (Math.abs(t1) + Math.abs(t2)) * loss(x);
    if (!(Math.abs(result.df(x) - mish.df(x)) <= tolerance)) badDf.push(`${x}: ${result.df(x)} vs ${mish.df(x)}`);
  }
  return { badF, badDf, result };
}

describe('Mish typed as a formula', () => {
  it('x*tanh(log(1+exp(x))) matches within 4·max(1, e^−x) ulps, f′ within the cancellation bound', () => {
    const { badF, badDf } = compare('x*tanh(log(1+exp(x)))', (x) => Math.max(1, Math.exp(-x)));
    expect(badF).toEqual([]);
    expect(badDf).toEqual([]);
  });

  it('x*tanh(softplus(x)) matches within 4 ulps, f′ within the cancellation bound', () => {
    const { badF, badDf, result } = compare('x*tanh(softplus(x))', () => 1);
    expect(badF).toEqual([]);
    expect(badDf).toEqual([]);
    // Away from the cancellation the derivative is within a few ulps too.
    for (const x of [-20, -8.5, -4, 0, 0.5, 3.3, 20])
      expect(ulpDistance(result.df(x), mish.df(x))).toBeLessThanOrEqual(8);
  });

  it('the log(1+exp(x)) form loses the negative tail that the softplus form keeps', () => {
    const naive = parseFormula('x*tanh(log(1+exp(x)))');
    const stable = parseFormula('x*tanh(softplus(x))');
    if (!naive.ok || !stable.ok) throw new Error('parse');
    // At x = −40, 1 + e^−40 rounds to 1: the naive form returns −0, the stable one ≈ −40·e^−40.
    expect(naive.f(-40)).toBe(-0);
    expect(ulpDistance(stable.f(-40), mish.f(-40))).toBeLessThanOrEqual(4);
  });
});
