/**
 * What each function computes. Where the activation module has a numerically careful version (σ, softplus,
 * sech², σ′, erfc) we call it, so a formula built from them inherits its accuracy in both tails.
 */
import erfc from '@stdlib/math-base-special-erfc';
import { logistic, logisticDerivative, productError, sech2, softplusCore } from '../activations/numerics';
import type { FunctionName, InternalFunctionName } from './ast';

/** 2/√π, the factor in erf′(x) = (2/√π)e^{−x²}. */
export const TWO_OVER_SQRT_PI = 1.1283791670955126;

/**
 * erf(x). Near 0, 1 − erfc(x) would cancel (erf(1e-10) ≈ 1.128e-10 would keep only 7 digits), so for
 * |x| < 1/2 we sum the Maclaurin series (2/√π) Σ (−1)ⁿ x^{2n+1} / (n!(2n+1)): each term is below x²/… ≤ 1/4
 * of the previous one, so the first dominates and the sum keeps full relative precision. From |x| = 1/2,
 * erf(|x|) ≥ 0.52 and erfc(|x|) ≤ 0.48, so 1 − erfc loses less than one ulp. erf is odd.
 */
export function erf(x: number): number {
  const a = Math.abs(x);
  if (!(a < 0.5)) return Number.isNaN(x) ? x : Math.sign(x) * (1 - erfc(a));
  const x2 = x * x;
  let term = x; // (−1)ⁿ x^{2n+1} / n!
  let sum = x;
  for (let n = 1; n < 30; n++) {
    term *= -x2 / n;
    const next = sum + term / (2 * n + 1);
    if (next === sum) break;
    sum = next;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/**
 * e^{−x²}. Rounding x² costs x²·2^−53 relative in the result (25 ulps at x = 5), so x² is formed exactly
 * as s + s_lo and e^{−s − s_lo} ≈ e^{−s}(1 − s_lo), s_lo ≤ ulp(s)/2. Beyond |x| = 40 the result is 0.
 */
export function gauss(x: number): number {
  if (!(Math.abs(x) < 40)) return Number.isNaN(x) ? x : 0;
  const s = x * x;
  const e = Math.exp(-s);
  return e - e * productError(x, x, s);
}

type Impl = (...args: number[]) => number;

/** Every function by name. A Map, so no lookup can reach Object.prototype. */
export const implementations: ReadonlyMap<FunctionName | InternalFunctionName, Impl> = new Map<
  FunctionName | InternalFunctionName,
  Impl
>([
  ['exp', Math.exp],
  ['log', Math.log],
  ['log1p', Math.log1p],
  ['expm1', Math.expm1],
  ['sqrt', Math.sqrt],
  ['abs', Math.abs],
  ['sin', Math.sin],
  ['cos', Math.cos],
  ['tan', Math.tan],
  ['tanh', Math.tanh],
  ['sinh', Math.sinh],
  ['cosh', Math.cosh],
  ['sigmoid', logistic],
  ['softplus', softplusCore],
  ['erf', erf],
  ['erfc', (x) => erfc(x)],
  ['sign', Math.sign],
  ['max', (a, b) => Math.max(a, b)],
  ['min', (a, b) => Math.min(a, b)],
  ['pow', (a, b) => Math.pow(a, b)],
  ['sech2', sech2],
  ['dsigmoid', logisticDerivative],
  ['gauss', gauss],
]);
