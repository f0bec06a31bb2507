/**
 * Smooth activations: softplus and the self-gated family x·g(x) (GELU, Swish/SiLU, Mish) plus its
 * piecewise-linear stand-in, hard swish (GELU's approximations are in gelu-approximations.ts). Each x·g(x) is 0·∞ at x = −∞, so the infinities are handled first.
 */
import { defineActivation } from './define';
import { logistic, logisticDerivative, normalCdf, normalPdf, softplusCore } from './numerics';

/** Softplus (Dugas et al., 2001): (1/β)·ln(1 + e^{βx}), a smooth ReLU; f′ is the sigmoid σ(βx). */
export const softplus = defineActivation({
  id: 'softplus',
  name: 'Softplus',
  aliases: ['smooth ReLU', 'SmoothReLU'],
  family: 'smooth',
  params: [{ name: 'beta', symbol: '\\beta', label: 'β', default: 1, min: 0.1, max: 5, step: 0.1 }],
  latex: {
    f: 'f(x) = \\frac{1}{\\beta} \\ln\\bigl(1 + e^{\\beta x}\\bigr)',
    df: "f'(x) = \\sigma(\\beta x) = \\frac{1}{1 + e^{-\\beta x}}",
  },
  properties: {
    rangeLatex: '(0, \\infty)',
    range: [0, Infinity],
    rangeClosed: [false, false],
    monotonic: true,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1,
    cost: 'low',
  },
  kinks: [],
  f: (x, p) => softplusCore(p.beta! * x) / p.beta!,
  df: (x, p) => logistic(p.beta! * x),
});

/**
 * GELU′(x) = Φ(x) + xφ(x) vanishes at x₀ ≈ −0.7518 (GELU's minimum), where the two terms cancel: at x = −0.8
 * each is ≈ 0.21 and the sum ≈ −0.020, so even correctly rounded terms leave a few ulps of 0.21, i.e. tens
 * of ulps of the sum, more than the condition number |x·GELU″/GELU′| excuses. Near x₀ we therefore sum the
 * Taylor series GELU′(r + d) = Σ c_k d^k about r, the double nearest x₀: d = x − r is exact (Sterbenz, since
 * x and r are within a factor 2), every term is small next to the first, so the result keeps its relative
 * precision down to the root. c₀ = GELU′(r) ≈ −6.45e-18 is not 0 because r ≠ x₀. The coefficients are
 * c_k = GELU^(k+1)(r)/k!, from GELU″(r + d) = φ(r)·e^{−rd − d²/2}·(2 − (r + d)²), computed at 80 digits by
 * scripts/reference/constants.mjs; on the window x ∈ [−1.45, −0.38] (|d| ≤ 0.7), 30 terms leave a
 * truncation error below 1e-20. Outside it the direct sum is accurate to a few ulps.
 */
const GELU_PRIME_ROOT = -0.7517915246935645;
const GELU_PRIME_SERIES_FROM = -1.45;
const GELU_PRIME_SERIES_TO = -0.38;
const GELU_PRIME_TAYLOR = [
  -6.453751729367753e-18, 0.4314939923140469, 0.388284982990552, -0.01819967639867108, -0.1140082332972217,
  -0.01477152214824434, 0.019421679838189064, 0.004539228379125416, -0.002239538068073497, -0.0007448268386746817,
  0.0001863397462323351, 8.615947861116571e-5, -1.121438018842664e-5, -7.74846130700372e-6, 4.3284506257392263e-7,
  5.702764979242107e-7, -1.6044265494246338e-9, -3.5459866461783865e-8, -1.3969420864262027e-9, 1.90319840501314e-9,
  1.4506418938779429e-10, -8.950037692726255e-11, -9.950340824808054e-12, 3.725967039270118e-12, 5.482292964742325e-13,
  -1.3820118240601056e-13, -2.587150847550751e-14, 4.5781678242713335e-15, 1.0789662518230159e-15,
  -1.3507094681149317e-16, -4.0514385281601486e-17,
];

function geluPrimeNearRoot(x: number): number {
  const d = x - GELU_PRIME_ROOT;
  let sum = 0;
  for (let k = GELU_PRIME_TAYLOR.length - 1; k >= 1; k--) sum = sum * d + GELU_PRIME_TAYLOR[k]!;
  return GELU_PRIME_TAYLOR[0]! + sum * d;
}

/**
 * GELU (Hendrycks & Gimpel, 2016): x·Φ(x), Φ the standard normal CDF, computed through erfc so the negative
 * tail keeps full precision (gelu(−10) ≈ −7.62e-23).
 */
export const gelu = defineActivation({
  id: 'gelu',
  name: 'GELU',
  aliases: ['Gaussian error linear unit'],
  family: 'smooth',
  params: [],
  latex: {
    f: 'f(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\frac{x}{\\sqrt{2}}\\right)',
    df: "f'(x) = \\Phi(x) + x\\,\\varphi(x), \\quad \\varphi(x) = \\frac{e^{-x^2/2}}{\\sqrt{2\\pi}}",
  },
  properties: {
    rangeLatex: '[\\approx -0.170, \\infty)',
    range: [-0.16997120747990366, Infinity],
    rangeClosed: [true, false],
    monotonic: false,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1.1289041451851547,
    cost: 'moderate',
  },
  kinks: [],
  f: (x) => (x === -Infinity ? 0 : x * normalCdf(x)),
  df: (x) => {
    if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
    if (x >= GELU_PRIME_SERIES_FROM && x <= GELU_PRIME_SERIES_TO) return geluPrimeNearRoot(x);
    return normalCdf(x) + x * normalPdf(x);
  },
});

/** x·σ(βx). βx is taken as 0 when β = 0 (swish is then x/2), so that ±Infinity do not give 0·∞ = NaN. */
export const swishValue = (x: number, beta: number): number =>
  x === -Infinity ? (beta > 0 ? 0 : -Infinity) : x * logistic(beta === 0 ? 0 : beta * x);

/** d/dx x·σ(βx) = σ(z) + z·σ′(z), z = βx, without cancellation near its root. */
export function swishSlope(x: number, beta: number): number {
  const bx = beta === 0 ? 0 : beta * x;
  if (bx < 0) {
    // σ(z) + z·σ′(z) with z = βx cancels near z ≈ −1.2785. Since σ′(z) = σ(z)σ(−z) and σ(−z) = 1/(1 + e^z),
    //   f′ = σ(z)(1 + z·σ(−z)) = e^z·(1 + z + e^z)/(1 + e^z)²,
    // where 1 + z is exact near the root (Sterbenz) and the only rounding that cancellation magnifies
    // is e^z's own.
    // (1 + e^z)² is expanded as 1 + e^z(2 + e^z) so that its exact leading 1 dilutes the roundings.
    const e = Math.exp(bx);
    // Once e^z underflows (z < −745, or z = −∞) f′ is 0; e·(1 + z) would be 0·∞ = NaN at z = −∞.
    if (e === 0) return 0;
    return (e * (1 + bx + e)) / (1 + e * (2 + e));
  }
  const slope = logisticDerivative(bx);
  return logistic(bx) + (slope === 0 ? 0 : bx * slope);
}

/**
 * Swish (Ramachandran, Zoph & Le, 2017), x·σ(βx); with β = 1 it is SiLU (Elfwing et al., 2018; Hendrycks &
 * Gimpel, 2016). f′ = σ(βx) + βx·σ′(βx), with σ′ computed without cancellation.
 */
export const swish = defineActivation({
  id: 'swish',
  name: 'Swish',
  aliases: ['SiLU', 'sigmoid linear unit', 'swish-1'],
  family: 'smooth',
  params: [{ name: 'beta', symbol: '\\beta', label: 'β', default: 1, min: 0, max: 5, step: 0.1 }],
  latex: {
    f: 'f(x) = x\\,\\sigma(\\beta x) = \\frac{x}{1 + e^{-\\beta x}}',
    df: "f'(x) = \\sigma(\\beta x) + \\beta x\\,\\sigma(\\beta x)\\bigl(1 - \\sigma(\\beta x)\\bigr)",
  },
  properties: {
    rangeLatex: '[\\approx -0.278, \\infty)',
    range: [-0.2784645427610738, Infinity],
    rangeClosed: [true, false],
    monotonic: false,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1.099839320128867,
    cost: 'low',
  },
  kinks: [],
  f: (x, p) => swishValue(x, p.beta!),
  df: (x, p) => swishSlope(x, p.beta!),
});

/**
 * tanh(softplus(x)) without cancellation: with e = e^x, tanh(ln(1 + e)) = n / (n + 2) where n = e(e + 2); for
 * x > 0 the same ratio in u = e^−x, (1 + 2u) / (1 + 2u + 2u²), avoids overflow.
 */
function tanhSoftplus(x: number): number {
  if (x <= 0) {
    const e = Math.exp(x);
    const n = e * (e + 2);
    return n / (n + 2);
  }
  const u = Math.exp(-x);
  return (1 + 2 * u) / (1 + 2 * u + 2 * u * u);
}

/** sech²(softplus(x)) = 1 − tanh²(softplus(x)), in the same two rational forms so that it never cancels. */
function sech2Softplus(x: number): number {
  if (x <= 0) {
    const a = 1 + Math.exp(x);
    const d = a * a + 1;
    return (4 * a * a) / (d * d);
  }
  const u = Math.exp(-x);
  const a = 1 + u;
  const d = a * a + u * u;
  return (4 * u * u * a * a) / (d * d);
}

/** Mish (Misra, 2019): x·tanh(softplus(x)). */
export const mish = defineActivation({
  id: 'mish',
  name: 'Mish',
  aliases: [],
  family: 'smooth',
  params: [],
  latex: {
    f: 'f(x) = x \\tanh\\bigl(\\operatorname{softplus}(x)\\bigr) = x \\tanh\\bigl(\\ln(1 + e^{x})\\bigr)',
    df: "f'(x) = \\tanh\\bigl(\\operatorname{softplus}(x)\\bigr) + x\\,\\operatorname{sech}^2\\bigl(\\operatorname{softplus}(x)\\bigr)\\,\\sigma(x)",
  },
  properties: {
    rangeLatex: '[\\approx -0.309, \\infty)',
    range: [-0.3088434130172504, Infinity],
    rangeClosed: [true, false],
    monotonic: false,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1.0884981612517279,
    cost: 'moderate',
  },
  kinks: [],
  f: (x) => (x === -Infinity ? 0 : x * tanhSoftplus(x)),
  df: (x) => {
    if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
    if (x <= -0.5) {
      // tanh(sp) + x·sech²(sp)·σ(x) cancels for x < 0 (its root is x ≈ −1.1924, but already at x = −2 the
      // terms are 0.13 and −0.23). With e = e^x, a = 1 + e and δ = a² + 1 = e² + 2e + 2, both terms are
      // rational in e: tanh(sp) = e(e + 2)/δ, sech²(sp) = 4a²/δ², σ = e/a, so
      //   f′ = e·ω/δ²,  ω = (e + 2)δ + 4x·a = 4(x + 1) + e(4x + 6) + 4e² + e³
      // (Misra's closed form), with δ² = 4 + e(8 + e(8 + e(4 + e))) expanded so that its leading 4 is exact.
      // In ω only the root's genuine cancellation remains: 4(x + 1) is exact for x ∈ [−2, −1/2]
      // (Sterbenz), and near the root its terms are ≈ 0.8 against a slope |x·ω′| ≈ 7.6.
      // Above −1/2 nothing cancels and the form below, with fewer roundings, is the more accurate.
      const e = Math.exp(x);
      const omega = 4 * (x + 1) + e * (4 * x + 6 + e * (4 + e));
      const delta2 = 4 + e * (8 + e * (8 + e * (4 + e)));
      return (e * omega) / delta2;
    }
    const g = sech2Softplus(x);
    return tanhSoftplus(x) + (g === 0 ? 0 : x * g * logistic(x));
  },
});

/** Hard swish (Howard et al., 2019, MobileNetV3): x·relu6(x + 3)/6, swish made of cheap pieces. */
export const hardSwish = defineActivation({
  id: 'hard-swish',
  name: 'Hard swish',
  aliases: ['hardswish', 'h-swish'],
  family: 'smooth',
  params: [],
  latex: {
    f: 'f(x) = x\\,\\frac{\\operatorname{ReLU6}(x + 3)}{6} = \\begin{cases} 0 & x \\le -3 \\\\ \\frac{x(x + 3)}{6} & -3 < x < 3 \\\\ x & x \\ge 3 \\end{cases}',
    df: "f'(x) = \\begin{cases} 0 & x \\le -3 \\\\ \\frac{2x + 3}{6} & -3 < x < 3 \\\\ 1 & x \\ge 3 \\end{cases}",
  },
  properties: {
    rangeLatex: '[-0.375, \\infty)',
    range: [-0.375, Infinity],
    rangeClosed: [true, false],
    monotonic: false,
    smoothness: 'C0',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1.5,
    cost: 'minimal',
  },
  kinks: [
    {
      x: -3,
      note: 'f′ jumps from 0 to −1/2; current PyTorch returns 0 at x = −3 (the outer slope), as JAX does. PyTorch 2.6 and earlier returned −1/2 there (pytorch/pytorch#147801, fixed by #148049).',
    },
    {
      x: 3,
      note: 'f′ jumps from 3/2 to 1; current PyTorch returns 1 at x = 3, as JAX does. PyTorch 2.6 and earlier returned 3/2 on its scalar and CUDA paths (its vectorised CPU kernel already gave 1).',
    },
  ],
  f: (x) => (x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6),
  // Current PyTorch's hardswish_backward: 0 for x ≤ −3, x/3 + 1/2 for −3 < x < 3, 1 for x ≥ 3. We write the
  // middle piece as (2x + 3)/6, equal in exact arithmetic, because 2x + 3 is exact near the root x = −1.5
  // (Sterbenz), so f′ there is correctly rounded instead of carrying the absolute rounding error of x/3.
  df: (x) => (x <= -3 ? 0 : x < 3 ? (2 * x + 3) / 6 : 1),
});
