/**
 * Periodic activations. Neither has a limit of f′ at ±∞ (and sine has none of f either): there we return
 * NaN, as Math.sin(±Infinity) does, rather than invent one. "Accurate" for huge x means accurate for the
 * exact sine of the double x (JavaScript's Math.sin reduces the argument exactly, as fdlibm does); the
 * references are computed the same way, in 80-digit decimal.
 */
import { defineActivation } from './define';
import { productError, sumError } from './numerics';

/** π/4 as hi + lo (printed by scripts/reference/constants.mjs). */
const PI_4_HI = 0.7853981633974483;
const PI_4_LO = 3.061616997868383e-17;
/** Below 2^20, t_lo ≤ 2^−33 and the first-order sin(t_hi + t_lo) is exact to ~2^−66 relative. */
const SNAKE_SPLIT_TO = 2 ** 20;

/**
 * Snake (Liu Ziyin, Hartwig & Ueda, 2020), x + sin²(αx)/α: a monotonic, periodic perturbation of the
 * identity that can extrapolate periodic signals. With y = αx:
 *  - f: sin² y is formed as an exact double-double p + e from s = sin y, so the only error besides sin's
 *    own is the final sums; f never cancels to 0 (y + sin² y < 0 for y < 0).
 *  - f′ = 1 + sin 2y = 2 sin²(y + π/4) vanishes (to second order) at y = −π/4 + kπ, where 1 + sin 2y would
 *    cancel to a few ulps of 1. Instead t = y + π/4 is carried as t_hi + t_lo (π/4 split, the sum's error
 *    kept), sin t ≈ sin t_hi + cos t_hi·t_lo, and f′ = 2(sin t)², accurate relative to its own size.
 * Math.sin(t_hi) is accurate relative to its value even near t_hi = kπ, since the reduction is exact.
 */
export const snake = defineActivation({
  id: 'snake',
  name: 'Snake',
  aliases: [],
  family: 'periodic',
  params: [{ name: 'alpha', symbol: '\\alpha', label: 'α (frequency)', default: 1, min: 0.05, max: 5, step: 0.05 }],
  latex: {
    f: 'f(x) = x + \\frac{\\sin^2(\\alpha x)}{\\alpha}',
    df: "f'(x) = 1 + \\sin(2\\alpha x) = 2\\sin^2\\!\\bigl(\\alpha x + \\tfrac{\\pi}{4}\\bigr)",
  },
  properties: {
    rangeLatex: '(-\\infty, \\infty)',
    range: [-Infinity, Infinity],
    rangeClosed: [false, false],
    monotonic: true,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: false, positive: false },
    maxAbsDerivative: 2,
    cost: 'low',
  },
  kinks: [],
  f: (x, p) => {
    // sin² is bounded, so f(±∞) = ±∞ although sin(±∞) is undefined.
    if (!Number.isFinite(x)) return x;
    const a = p.alpha!;
    const s = Math.sin(a * x);
    const sq = s * s;
    const sqLo = productError(s, s, sq);
    return x + (sq / a + sqLo / a);
  },
  df: (x, p) => {
    const y = p.alpha! * x;
    if (!(Math.abs(y) < SNAKE_SPLIT_TO)) {
      // Here t_lo may reach ulp(y)/2, too large for the first-order step; (sin y + cos y)² has relative
      // error ≈ 2ε/|y − root|, well inside the condition number ≈ 2|y|/|y − root| for |y| ≥ 1.
      const r = Math.sin(y) + Math.cos(y);
      return r * r;
    }
    const t = y + PI_4_HI;
    const tLo = sumError(y, PI_4_HI, t) + PI_4_LO;
    const s = Math.sin(t) + Math.cos(t) * tLo;
    return 2 * (s * s);
  },
});

/**
 * Sine, sin(ωx), the activation of SIREN (Sitzmann et al., 2020), which scales the first layer by ω₀ = 30.
 * Computed on |x| and given the sign of x, so f is exactly odd.
 */
export const sine = defineActivation({
  id: 'sine',
  name: 'Sine',
  aliases: ['SIREN', 'sin'],
  family: 'periodic',
  params: [{ name: 'omega', symbol: '\\omega', label: 'ω (frequency)', default: 1, min: 0.1, max: 30, step: 0.1 }],
  latex: { f: 'f(x) = \\sin(\\omega x)', df: "f'(x) = \\omega \\cos(\\omega x)" },
  properties: {
    rangeLatex: '[-1, 1]',
    range: [-1, 1],
    rangeClosed: [true, true],
    monotonic: false,
    smoothness: 'C∞',
    zeroCentred: true,
    saturates: { negative: false, positive: false },
    maxAbsDerivative: 1,
    cost: 'low',
  },
  kinks: [],
  f: (x, p) => (x < 0 ? -Math.sin(-x * p.omega!) : Math.sin(x * p.omega!)),
  df: (x, p) => p.omega! * Math.cos(p.omega! * x),
});
