/**
 * Smooth rectifiers built from algebraic pieces rather than exponentials: squareplus (a hyperbola) and
 * sparse-plus (a parabola joining 0 to x). Both are ReLU-like: 0 far left, the identity far right.
 */
import { defineActivation } from './define';

/** Beyond this |x|, x² + b would overflow soon; √(x² + b) = |x| to double precision long before (b ≤ 1e4). */
const SQUAREPLUS_HUGE = 1e150;

/**
 * Squareplus (Barron, 2021), (x + √(x² + b))/2; JAX's jax.nn.squareplus and Keras default b = 4. For x < 0
 * the sum cancels (squareplus(−1e8) ≈ 1e-8), so we use the conjugate form b / (2(√(x² + b) − x)), all of
 * whose terms are positive; f′ = (1 + x/√(x² + b))/2 likewise becomes b / (2s(s − x)) with s = √(x² + b).
 * For |x| > 1e150, s = |x| and the quotients are taken one factor at a time so nothing overflows early.
 */
export const squareplus = defineActivation({
  id: 'squareplus',
  name: 'Squareplus',
  aliases: [],
  family: 'smooth',
  params: [{ name: 'b', symbol: 'b', label: 'b (smoothness)', default: 4, min: 0.1, max: 16, step: 0.1 }],
  latex: {
    f: 'f(x) = \\frac{x + \\sqrt{x^2 + b}}{2}',
    df: "f'(x) = \\frac{1}{2}\\left(1 + \\frac{x}{\\sqrt{x^2 + b}}\\right)",
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
  f: (x, p) => {
    const b = p.b!;
    if (Math.abs(x) > SQUAREPLUS_HUGE) return x > 0 ? x : b / 4 / -x;
    const s = Math.sqrt(x * x + b);
    return x >= 0 ? (x + s) / 2 : b / (2 * (s - x));
  },
  df: (x, p) => {
    const b = p.b!;
    if (Math.abs(x) > SQUAREPLUS_HUGE) return x > 0 ? 1 : b / 4 / -x / -x;
    const s = Math.sqrt(x * x + b);
    return x >= 0 ? (1 + x / s) / 2 : b / 2 / s / (s - x);
  },
});

/**
 * Sparse plus (Keras and JAX sparse_plus): 0 for x ≤ −1, (x + 1)²/4 between, x for x ≥ 1. f′ is
 * continuous: it is the "sparse sigmoid" (x + 1)/2 clipped to [0, 1], which is sparsemax([x, 0])₀, as the
 * sigmoid is softmax([x, 0])₀; only f″ jumps, at ±1. x + 1 is exact near −1 (Sterbenz), so the small values keep full precision.
 */
export const sparsePlus = defineActivation({
  id: 'sparse-plus',
  name: 'Sparse plus',
  aliases: ['sparseplus', 'sparse_plus'],
  family: 'smooth',
  params: [],
  latex: {
    f: 'f(x) = \\begin{cases} 0 & x \\le -1 \\\\ \\frac{(x + 1)^2}{4} & -1 < x < 1 \\\\ x & x \\ge 1 \\end{cases}',
    df: "f'(x) = \\begin{cases} 0 & x \\le -1 \\\\ \\frac{x + 1}{2} & -1 < x < 1 \\\\ 1 & x \\ge 1 \\end{cases}",
  },
  properties: {
    rangeLatex: '[0, \\infty)',
    range: [0, Infinity],
    rangeClosed: [true, false],
    monotonic: true,
    smoothness: 'C1',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1,
    cost: 'minimal',
  },
  kinks: [
    {
      x: -1,
      note: 'f′ is continuous here (0 from both sides) but f″ jumps from 0 to 1/2; JAX’s sparse_plus (a jnp.where on x ≤ −1) gives 0, as we do.',
    },
    {
      x: 1,
      note: 'f′ is continuous here (1 from both sides) but f″ jumps from 1/2 to 0; JAX’s jnp.where on x ≥ 1 gives 1, as we do.',
    },
  ],
  f: (x) => {
    if (x <= -1) return 0;
    if (x >= 1) return x;
    const u = x + 1;
    return (u * u) / 4;
  },
  df: (x) => (x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2),
});
