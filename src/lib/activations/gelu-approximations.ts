/**
 * Cheaper stand-ins for GELU, in the registry for charts and comparisons but shown on GELU's page rather than
 * their own: the tanh approximation (PyTorch's approximate='tanh') and the sigmoid one, QuickGELU.
 */
import { defineActivation } from './define';
import { GELU_TANH_CUBIC, K3_HI, SQRT_2_OVER_PI, geluTanhArgument, logistic, logisticDerivative } from './numerics';
import { swishSlope, swishValue } from './smooth';

/**
 * The tanh approximation of GELU (Hendrycks & Gimpel, 2016), PyTorch's approximate='tanh':
 * ½x(1 + tanh u) with u = √(2/π)(x + 0.044715x³). Since 1 + tanh u = 2σ(2u), we evaluate x·σ(2u), which does
 * not cancel for negative x.
 */
export const geluTanh = defineActivation({
  id: 'gelu-tanh',
  name: 'GELU (tanh approximation)',
  aliases: ['approximate GELU', 'gelu_new'],
  family: 'smooth',
  params: [],
  latex: {
    f: 'f(x) = \\frac{x}{2}\\Bigl(1 + \\tanh\\bigl(\\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)\\bigr)\\Bigr)',
    df: "f'(x) = \\tfrac{1}{2}(1 + \\tanh u) + \\tfrac{x}{2}\\operatorname{sech}^2(u)\\,\\sqrt{2/\\pi}\\,(1 + 3 \\cdot 0.044715\\,x^2)",
  },
  properties: {
    rangeLatex: '[\\approx -0.170, \\infty)',
    range: [-0.17004075057125406, Infinity],
    rangeClosed: [true, false],
    monotonic: false,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1.1289930686587717,
    cost: 'moderate',
  },
  kinks: [],
  f: (x) => {
    if (!(Math.abs(x) < 32)) {
      // Beyond |x| = 32, σ(2u) is 1 or underflows to 0 in double; no compensation is needed.
      return x === -Infinity ? 0 : x * logistic(2 * SQRT_2_OVER_PI * (x + GELU_TANH_CUBIC * x * x * x));
    }
    // x·σ(v) with v = 2u = v_hi + v_lo to ~2^−100 (see geluTanhArgument): σ(v_hi + v_lo) ≈ σ(v_hi)·(1 +
    // σ(−v_hi)·v_lo). In the negative tail σ(v) ≈ e^v, whose relative error is the absolute error of v.
    const [v, vLo] = geluTanhArgument(x);
    const s = logistic(v);
    return x * (s + s * ((1 - s) * vLo));
  },
  df: (x) => {
    if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
    if (!(Math.abs(x) < 32)) return x > 0 ? 1 : 0 * x;
    const [v, vLo] = geluTanhArgument(x);
    if (x >= 0) {
      // σ(v) + x·σ′(v)·v′, all terms positive: no cancellation, and the rounded v_hi is accurate enough.
      const dv = 2 * SQRT_2_OVER_PI * (1 + 3 * GELU_TANH_CUBIC * x * x);
      return logistic(v) + x * logisticDerivative(v) * dv;
    }
    // For x < 0 the two terms cancel near the root x ≈ −0.7525. With e = e^v,
    //   f′ = σ(v)(1 + x·v′·σ(−v)) = e·N/(1 + e)²,  N = 1 + e + x·v′,
    // and x·v′ = 2√(2/π)(x + 3·0.044715x³) = v + 2·K3·x³, so N = (1 + v) + e + 2·K3·x³: the part that
    // cancels, (1 + v) + e, is exact in 1 + v (Sterbenz, v ∈ [−2, −1/2] near the root) and e's rounding is
    // the only error left, instead of the roundings of σ, σ′, v′ and three products.
    const e = Math.exp(v);
    const n = 1 + v + e + (vLo * (1 + e) + 2 * K3_HI * (x * x * x));
    // (1 + e)² expanded as 1 + e(2 + e): the exact leading 1 dilutes the rounding of the rest.
    const g = (e * n) / (1 + e * (2 + e));
    // e^(v_hi + v_lo) = e·(1 + v_lo) changes e/(1 + e)² by the relative amount v_lo·(1 − e)/(1 + e).
    return g + g * ((vLo * (1 - e)) / (1 + e));
  },
});

/** QuickGELU's sigmoid scale: σ(1.702x) ≈ Φ(x) (Hendrycks & Gimpel, 2016, §2). */
const QUICK_GELU_SCALE = 1.702;

/**
 * QuickGELU, x·σ(1.702x) (Hendrycks & Gimpel, 2016; used by OpenAI's CLIP): swish with β = 1.702, so it is
 * evaluated by swish's cancellation-free formulas. Its minimum and largest slope are swish's (β = 1)
 * rescaled: min = min_z z·σ(z)/1.702, and sup f′ is the same 1.0998… since f′(x) = σ(z) + z·σ′(z), z = 1.702x.
 */
export const quickGelu = defineActivation({
  id: 'quick-gelu',
  name: 'QuickGELU',
  aliases: ['sigmoid GELU approximation', 'quick_gelu'],
  family: 'smooth',
  params: [],
  latex: {
    f: 'f(x) = x\\,\\sigma(1.702\\,x)',
    df: "f'(x) = \\sigma(1.702\\,x) + 1.702\\,x\\,\\sigma(1.702\\,x)\\bigl(1 - \\sigma(1.702\\,x)\\bigr)",
  },
  properties: {
    rangeLatex: '[\\approx -0.164, \\infty)',
    range: [-0.1636101896363536, Infinity],
    rangeClosed: [true, false],
    monotonic: false,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1.099839320128867,
    cost: 'low',
  },
  kinks: [],
  f: (x) => swishValue(x, QUICK_GELU_SCALE),
  df: (x) => swishSlope(x, QUICK_GELU_SCALE),
});
