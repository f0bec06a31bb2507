import { logistic, normalCdf, softplusCore } from '../../activations/numerics';
import type { Format } from './formats';

/**
 * Reference values: the exact function at an input x that the format represents, computed in double.
 *
 * Why double and not decimal.js: for float32, bfloat16 and float16 a reference good to a few units of
 * 2^−53 is exact for all practical purposes (its error is below 2^−29 of a float32 ulp), and it runs in
 * the browser for any x range the reader picks. For float64 it is not exact: these references are within
 * a few float64 ulps (the activation module is tested to that against 80-digit decimal.js values, and
 * tests/labs/precision/reference.test.ts checks these against decimal.js), so the float64 row resolves
 * errors only above `REFERENCE_FLOOR_ULPS`; the page shows smaller float64 errors as "within 4 ulps".
 * Everything the float64 row is there to show (overflow, NaN, cancellation of thousands of ulps) lies far
 * above that floor. A decimal.js table built at build time would fix the x grid, so we did not ship one.
 */
export const REFERENCE_FLOOR_ULPS = 4;

/** Coefficients t_n of tanh x = Σ t_n x^(2n+1), from tanh′ = 1 − tanh²: (2n + 1)·t_n = −Σ_{k<n} t_k·t_(n−1−k). */
export const tanhSeries: readonly number[] = (() => {
  const t = [1];
  for (let n = 1; n < 48; n++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += t[k]! * t[n - 1 - k]!;
    t.push(-s / (2 * n + 1));
  }
  return t;
})();

/**
 * x − tanh x without cancellation: for |x| < 1 the series x³·Σ_{n≥1} −t_n x^(2n−2) (ratio ≤ (2/π)² ≈ 0.41
 * per term, 47 terms reach 2^−60); for |x| ≥ 1, sign(x)·((|x| − 1) + 2/(e^(2|x|) + 1)), a sum of two
 * non-negative terms since 1 − tanh a = 2/(e^(2a) + 1).
 */
export function tanhshrinkRef(x: number): number {
  const a = Math.abs(x);
  if (a >= 1) return Math.sign(x) * (a - 1 + 2 / (Math.exp(2 * a) + 1));
  const s = x * x;
  let h = 0;
  for (let n = tanhSeries.length - 1; n >= 1; n--) h = h * s - tanhSeries[n]!;
  return x * s * h;
}

/** The softmax logit family [x, x − 1, x − 2] as stored in the format (x − 1 and x − 2 rounded). */
export const softmaxLogits = (x: number, format: Format): [number, number, number] => [
  x,
  format.round(x - 1),
  format.round(x - 2),
];

/** The reference for each case, by case id; the format matters only for the softmax logits. */
export const references = {
  softplus: (x: number) => softplusCore(x),
  sigmoid: (x: number) => logistic(x),
  gelu: (x: number) => x * normalCdf(x),
  tanhshrink: tanhshrinkRef,
  'log-sigmoid': (x: number) => -softplusCore(-x),
  /** The largest probability p₀ = 1/(1 + e^(l₁−l₀) + e^(l₂−l₀)): the differences are exact doubles. */
  softmax: (x: number, format: Format) => {
    const [l0, l1, l2] = softmaxLogits(x, format);
    return 1 / (1 + Math.exp(l1 - l0) + Math.exp(l2 - l0));
  },
} as const;
