/**
 * Sparsemax (Martins & Astudillo, 2016): the Euclidean projection of x onto the probability simplex,
 * p = argmin_{p ∈ Δ} ‖p − x‖². The solution is p_i = max(x_i − τ, 0), with τ chosen so that Σ p = 1; unlike
 * softmax, small inputs get exactly 0. With z sorted in decreasing order, the support size is
 * k = max{ j : 1 + j·z_j > Σ_{i ≤ j} z_i } and τ = (Σ_{i ≤ k} z_i − 1)/k (their Algorithm 1).
 */

/** Metadata for the sparsemax page and the catalogue (a vector function, not a scalar Activation). */
export const sparsemaxInfo = {
  id: 'sparsemax',
  name: 'Sparsemax',
  aliases: ['sparse softmax', 'simplex projection'],
  family: 'output',
  latex: {
    f: '\\operatorname{sparsemax}(\\mathbf{x})_i = \\max(x_i - \\tau, 0), \\quad \\textstyle\\sum_i \\max(x_i - \\tau, 0) = 1',
    df: '\\frac{\\partial p_i}{\\partial x_j} = s_i \\Bigl(\\delta_{ij} - \\frac{s_j}{|S|}\\Bigr), \\quad s_i = [p_i > 0]',
  },
} as const;

/**
 * sparsemax(xs). Any NaN gives all NaN (as softmax); +Infinity entries share the mass equally (the limit
 * softmax takes too); −Infinity entries get 0; all −Infinity gives NaN (as softmax: no finite reference
 * point); [] gives []. The inputs are shifted by their maximum first: the result is unchanged
 * mathematically and the partial sums stay small.
 */
export function sparsemax(xs: readonly number[]): number[] {
  if (xs.length === 0) return [];
  let m = -Infinity;
  for (const x of xs) {
    if (Number.isNaN(x)) return xs.map(() => NaN);
    if (x > m) m = x;
  }
  if (m === -Infinity) return xs.map(() => NaN);
  if (m === Infinity) {
    const count = xs.filter((x) => x === Infinity).length;
    return xs.map((x) => (x === Infinity ? 1 / count : 0));
  }
  const z = xs.map((x) => x - m);
  const sorted = [...z].sort((a, b) => b - a);
  // The first entry is 0 (the maximum) and always in the support, since 1 + 1·0 > 0.
  let sum = 0;
  let k = 0;
  let supportSum = 0;
  for (let j = 1; j <= sorted.length; j++) {
    const zj = sorted[j - 1]!;
    sum += zj;
    if (1 + j * zj > sum) {
      k = j;
      supportSum = sum;
    }
  }
  const tau = (supportSum - 1) / k;
  // x − τ ≤ 0 gives exactly 0 (never −0): outside the support p is a true zero.
  return z.map((v) => (v > tau ? v - tau : 0));
}

/**
 * The Jacobian of sparsemax, as rows: ∂p_i/∂x_j = s_i(δ_ij − s_j/|S|), with s the support indicator
 * (p_i > 0) and |S| its size (Martins & Astudillo, 2016, eq. 12). Symmetric; rows sum to 0.
 */
export function sparsemaxJacobian(xs: readonly number[]): number[][] {
  const p = sparsemax(xs);
  if (p.some(Number.isNaN)) return p.map(() => p.map(() => NaN));
  const s = p.map((v) => (v > 0 ? 1 : 0));
  const size = s.reduce((a: number, b) => a + b, 0);
  return s.map((si, i) => s.map((sj, j) => (si === 0 ? 0 : (i === j ? 1 : 0) - sj / size)));
}
