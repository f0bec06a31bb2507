/** The precision lab page's prose: title, introduction, the formats explained, why formulas fail, how the lab emulates. */
export const precisionNotes = {
  title: 'Lab: floating-point precision',
  description:
    'What float16, bfloat16, float32 and float64 do to softplus, sigmoid, GELU, tanhshrink, log-sigmoid and softmax: the error of the textbook formula and of a stable rewrite, with the regions where the textbook formula overflows, underflows, cancels or returns NaN.',
  indexTitle: 'Floating-point precision',
  indexText:
    'The textbook formulas of softplus, sigmoid, GELU, tanhshrink, log-sigmoid and softmax against their stable rewrites in float64, float32, bfloat16 and float16: where each one overflows, underflows, cancels or returns NaN.',
  lead: 'The same formula can be accurate in float64 and useless in float16. Pick a function and a number format: the chart shows, across x, how far the textbook formula and a numerically stable rewrite land from the true value, and shades where the textbook formula breaks down.',
  /** The formats explained. */
  formatsHeading: 'The four formats',
  formatsHead: [
    'Format',
    'Exponent bits',
    'Significand bits (stored)',
    'Largest finite',
    'Smallest normal',
    'Smallest subnormal',
    'ε (gap above 1)',
  ],
  formatsCaption: 'Each figure is computed from the format’s precision and exponent range.',
  formatNotes: {
    float64: 'IEEE double precision: what JavaScript and NumPy compute in by default.',
    float32: 'IEEE single precision: the default floating-point type of PyTorch, JAX and Keras.',
    bfloat16:
      'float32’s exponent field with a much shorter significand: the same range as float32, far less precision.',
    float16:
      'IEEE half precision: a short significand and a narrow exponent range, so exponentials overflow to ∞ early.',
  },
  /** Why the textbook formulas fail, and what the rewrites do. */
  whyHeading: 'Why the textbook formula fails, and what the rewrite does',
  textbookIs: 'Textbook:',
  stableIs: 'Stable:',
  why: {
    softplus:
      'For large x, exp(x) overflows to ∞ although softplus(x) ≈ x is small; for very negative x, 1 + exp(x) rounds to 1 and the log returns 0 instead of about exp(x). The rewrite splits off max(x, 0) and only ever exponentiates −|x| ≤ 0, which cannot overflow, and log1p keeps the small term’s precision.',
    sigmoid:
      'For very negative x, exp(−x) overflows, and 1/∞ = 0 although σ(x) ≈ exp(x) is still representable. The rewrite uses exp(x)/(1 + exp(x)) for negative x, so the exponent is never positive.',
    gelu: 'For negative x, 1 + erf(x/√2) subtracts two numbers close to 1: the leading bits cancel and what is left is mostly rounding error. erfc(−x/√2) computes the same small quantity directly, with full relative precision.',
    tanhshrink:
      'Near 0, tanh(x) ≈ x, so x − tanh(x) subtracts two nearly equal numbers and keeps only rounding error. The rewrite uses the Taylor series x³/3 − 2x⁵/15 + … for |x| < 1, and (|x| − 1) + 2/(exp(2|x|) + 1) beyond, a sum of two non-negative terms.',
    'log-sigmoid':
      'For very negative x, exp(−x) overflows, 1/∞ = 0, and log 0 = −∞; for large x, 1/(1 + tiny) rounds to 1 and the log returns 0 instead of about −exp(−x). The rewrite is −softplus(−x), with softplus in its stable form.',
    softmax:
      'Softmax does not change when every logit is shifted by the same amount, yet the textbook exp(xᵢ)/Σ exp(xⱼ) overflows to ∞/∞ = NaN for large logits and underflows to 0/0 = NaN for very negative ones. Subtracting the largest logit first makes the largest exponent exp(0) = 1.',
  },
  classExplained: {
    overflow: 'Overflow: an intermediate result exceeded the largest finite value and became ∞.',
    underflow: 'Underflow: an intermediate result fell below the smallest normal value and lost precision or became 0.',
    cancellation:
      'Cancellation: a subtraction of nearly equal numbers (or an addition that absorbs a tiny term) left mostly rounding error.',
    nan: 'NaN: an undefined operation such as ∞/∞, 0/0 or ∞ − ∞.',
  },
  /** How the lab computes, and how real hardware differs. */
  emulationHeading: 'How the narrow formats are emulated',
  emulation:
    'Every operation is computed in double precision and its result rounded at once to the chosen format (to nearest, ties to even), with overflow to ∞ and gradual underflow through subnormals. So each formula sees one rounding per operation, as on a machine whose registers had that format. The true value is computed in double from the exact input, which is far more accurate than an ulp of the three narrow formats; for float64 it is good only to a few ulps, so smaller float64 errors are shown as a bound.',
  hardwareIntro: 'Real hardware and frameworks differ from this emulation:',
  hardware: [
    'GPUs and CPUs without native narrow arithmetic usually evaluate float16 and bfloat16 elementwise functions in float32 registers and round once at the end, so a fused kernel behaves like its float32 version followed by one rounding; eager, op-by-op execution rounds after each op, as here.',
    'A fused multiply-add a·b + c rounds once, not twice, and compilers contract expressions into FMAs freely.',
    'Library exp, log and erf are rarely correctly rounded: errors of 1–4 ulps are common in float32, and fast GPU approximations are looser. Here they are the double-precision result rounded once to the format: correctly rounded in the narrow formats except in rare near-ties, and within about an ulp in float64.',
    'bfloat16 matrix products accumulate in float32 and round only the final sum.',
    'Some hardware flushes subnormals to zero, which moves underflow up to the smallest normal value.',
  ],
};
