/**
 * Softmax, the vector-valued output activation (Bridle, 1990): p_i = e^{x_i} / Σ_j e^{x_j}. Both functions
 * subtract max(x) first: the result is unchanged mathematically, every exponent is ≤ 0, so nothing overflows
 * (softmax([1000, 1001, 1002]) is finite), and the largest term is exactly 1, so the sum is ≥ 1.
 */

/** Metadata for the softmax page and the catalogue; softmax is not a scalar Activation (it has no f(x)). */
export const softmaxInfo = {
  id: 'softmax',
  name: 'Softmax',
  aliases: ['normalized exponential', 'softargmax'],
  family: 'output',
  latex: {
    f: '\\operatorname{softmax}(\\mathbf{x})_i = \\frac{e^{x_i / T}}{\\sum_{j} e^{x_j / T}}',
    df: '\\frac{\\partial p_i}{\\partial x_j} = \\frac{1}{T}\\, p_i \\bigl(\\delta_{ij} - p_j\\bigr)',
  },
} as const;

/** The largest element, or NaN if any element is NaN. */
function maxOf(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) {
    if (Number.isNaN(x)) return NaN;
    if (x > m) m = x;
  }
  return m;
}

/**
 * softmax(xs / temperature). Any NaN gives all NaN; +Infinity entries share the mass equally; an empty
 * input gives an empty output. Temperature must be positive.
 */
export function softmax(xs: readonly number[], temperature = 1): number[] {
  if (!(temperature > 0)) throw new RangeError(`softmax: temperature must be > 0, got ${temperature}`);
  const scaled = temperature === 1 ? xs : xs.map((x) => x / temperature);
  const m = maxOf(scaled);
  if (Number.isNaN(m)) return scaled.map(() => NaN);
  if (m === Infinity) {
    const count = scaled.filter((x) => x === Infinity).length;
    return scaled.map((x) => (x === Infinity ? 1 / count : 0));
  }
  const exps = scaled.map((x) => Math.exp(x - m));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * log softmax(xs / temperature) = x_i − m − ln Σ e^{x_j − m}. The sum is 1 + s where s collects every term
 * but one copy of the maximum, so ln(1 + s) = log1p(s) stays exact when the maximum dominates.
 */
export function logSoftmax(xs: readonly number[], temperature = 1): number[] {
  if (!(temperature > 0)) throw new RangeError(`logSoftmax: temperature must be > 0, got ${temperature}`);
  const scaled = temperature === 1 ? xs : xs.map((x) => x / temperature);
  const m = maxOf(scaled);
  if (Number.isNaN(m)) return scaled.map(() => NaN);
  if (m === Infinity) {
    const count = scaled.filter((x) => x === Infinity).length;
    return scaled.map((x) => (x === Infinity ? -Math.log(count) : -Infinity));
  }
  let rest = 0;
  let skippedMax = false;
  for (const x of scaled) {
    if (x === m && !skippedMax) skippedMax = true;
    else rest += Math.exp(x - m);
  }
  const logSum = Math.log1p(rest);
  return scaled.map((x) => x - m - logSum);
}

/** The Jacobian ∂p_i/∂x_j = p_i(δ_ij − p_j)/T of softmax(xs / T), as rows. */
export function softmaxJacobian(xs: readonly number[], temperature = 1): number[][] {
  const p = softmax(xs, temperature);
  return p.map((pi, i) => p.map((pj, j) => (pi * ((i === j ? 1 : 0) - pj)) / temperature));
}

/** softmin(xs, T) = softmax(−xs, T): the smallest inputs get the most mass. Same NaN and ±∞ rules. */
export function softmin(xs: readonly number[], temperature = 1): number[] {
  if (!(temperature > 0)) throw new RangeError(`softmin: temperature must be > 0, got ${temperature}`);
  return softmax(
    xs.map((x) => -x),
    temperature,
  );
}
