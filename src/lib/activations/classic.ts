/**
 * Classic activations: the identity, the step, and the saturating S-curves that dominated before ReLU.
 */
import { defineActivation } from './define';
import { logistic, logisticDerivative, sech2, softplusCore } from './numerics';

/** f(x) = x. Linear layers stacked with it collapse into one linear map. */
export const identity = defineActivation({
  id: 'identity',
  name: 'Identity',
  aliases: ['linear'],
  family: 'classic',
  params: [],
  latex: { f: 'f(x) = x', df: "f'(x) = 1" },
  properties: {
    rangeLatex: '(-\\infty, \\infty)',
    range: [-Infinity, Infinity],
    rangeClosed: [false, false],
    monotonic: true,
    smoothness: 'C∞',
    zeroCentred: true,
    saturates: { negative: false, positive: false },
    maxAbsDerivative: 1,
    cost: 'minimal',
  },
  kinks: [],
  f: (x) => x,
  df: () => 1,
});

/**
 * Heaviside step, as in the perceptron (Rosenblatt, 1958). We take H(0) = 1. Its derivative is 0 wherever it
 * exists (undefined at 0, where we also return 0), which is why gradient descent cannot train through it.
 */
export const binaryStep = defineActivation({
  id: 'binary-step',
  name: 'Binary step',
  aliases: ['Heaviside step', 'threshold', 'unit step'],
  family: 'classic',
  params: [],
  latex: {
    f: 'f(x) = \\begin{cases} 1 & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}',
    df: "f'(x) = \\begin{cases} 0 & x \\ne 0 \\\\ \\text{undefined} & x = 0 \\end{cases}",
  },
  properties: {
    rangeLatex: '\\{0, 1\\}',
    range: [0, 1],
    rangeClosed: [true, true],
    monotonic: true,
    smoothness: 'discontinuous',
    zeroCentred: false,
    saturates: { negative: true, positive: true },
    maxAbsDerivative: 0,
    cost: 'minimal',
  },
  kinks: [
    {
      x: 0,
      note: 'f jumps from 0 to 1 and has no derivative there; we return 0, as JAX does for jnp.heaviside (PyTorch raises an error instead).',
    },
  ],
  f: (x) => (x >= 0 ? 1 : 0),
  df: () => 0,
});

/** Logistic sigmoid σ(x) = 1 / (1 + e^−x). See numerics.ts for the overflow-free evaluation. */
export const sigmoid = defineActivation({
  id: 'sigmoid',
  name: 'Sigmoid',
  aliases: ['logistic', 'σ', 'logistic sigmoid'],
  family: 'classic',
  params: [],
  latex: {
    f: 'f(x) = \\sigma(x) = \\frac{1}{1 + e^{-x}}',
    df: "f'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)",
  },
  properties: {
    rangeLatex: '(0, 1)',
    range: [0, 1],
    rangeClosed: [false, false],
    monotonic: true,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: true, positive: true },
    maxAbsDerivative: 0.25,
    cost: 'low',
  },
  kinks: [],
  f: (x) => logistic(x),
  df: (x) => logisticDerivative(x),
});

/**
 * log σ(x) = −softplus(−x) = min(x, 0) − ln(1 + e^−|x|): the split keeps both tails exact, log1p the right
 * one (log σ(40) ≈ −4.25e-18) and the plain sum of two negatives the left (log σ(−800) = −800). PyTorch's
 * nn.LogSigmoid; f′ = σ(−x).
 */
export const logSigmoid = defineActivation({
  id: 'log-sigmoid',
  name: 'Log-sigmoid',
  aliases: ['LogSigmoid', 'log_sigmoid'],
  family: 'classic',
  params: [],
  latex: {
    f: 'f(x) = \\ln \\sigma(x) = -\\ln\\bigl(1 + e^{-x}\\bigr)',
    df: "f'(x) = 1 - \\sigma(x) = \\sigma(-x)",
  },
  properties: {
    rangeLatex: '(-\\infty, 0)',
    range: [-Infinity, 0],
    rangeClosed: [false, false],
    monotonic: true,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: { negative: false, positive: true },
    maxAbsDerivative: 1,
    cost: 'low',
  },
  kinks: [],
  f: (x) => -softplusCore(-x),
  df: (x) => logistic(-x),
});

/** Hyperbolic tangent; tanh(x) = 2σ(2x) − 1. The derivative sech² is evaluated without cancellation. */
export const tanh = defineActivation({
  id: 'tanh',
  name: 'Tanh',
  aliases: ['hyperbolic tangent'],
  family: 'classic',
  params: [],
  latex: {
    f: 'f(x) = \\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
    df: "f'(x) = 1 - \\tanh^2(x) = \\operatorname{sech}^2(x)",
  },
  properties: {
    rangeLatex: '(-1, 1)',
    range: [-1, 1],
    rangeClosed: [false, false],
    monotonic: true,
    smoothness: 'C∞',
    zeroCentred: true,
    saturates: { negative: true, positive: true },
    maxAbsDerivative: 1,
    cost: 'low',
  },
  kinks: [],
  f: (x) => Math.tanh(x),
  df: (x) => sech2(x),
});

/** Softsign x / (1 + |x|) (Bergstra et al., 2009; Glorot & Bengio, 2010): tanh-like with polynomial tails. */
export const softsign = defineActivation({
  id: 'softsign',
  name: 'Softsign',
  aliases: [],
  family: 'classic',
  params: [],
  latex: {
    f: 'f(x) = \\frac{x}{1 + |x|}',
    df: "f'(x) = \\frac{1}{(1 + |x|)^2}",
  },
  properties: {
    rangeLatex: '(-1, 1)',
    range: [-1, 1],
    rangeClosed: [false, false],
    monotonic: true,
    smoothness: 'C1',
    zeroCentred: true,
    saturates: { negative: true, positive: true },
    maxAbsDerivative: 1,
    cost: 'low',
  },
  kinks: [],
  // At ±Infinity, x / (1 + |x|) is ∞/∞; the limit is ±1.
  f: (x) => (Number.isFinite(x) ? x / (1 + Math.abs(x)) : Math.sign(x)),
  df: (x) => {
    const d = 1 + Math.abs(x);
    return 1 / (d * d);
  },
});

/**
 * PyTorch's hard sigmoid, relu6(x + 3) / 6: piecewise-linear, cheap on mobile hardware (Howard et al., 2019).
 * Keras 3 (TensorFlow ≥ 2.16) uses the same definition; Keras 2 and tf.keras up to TensorFlow 2.15 used
 * max(0, min(1, 0.2x + 0.5)).
 */
export const hardSigmoid = defineActivation({
  id: 'hard-sigmoid',
  name: 'Hard sigmoid',
  aliases: ['hardsigmoid'],
  family: 'classic',
  params: [],
  latex: {
    f: 'f(x) = \\frac{\\operatorname{ReLU6}(x + 3)}{6} = \\begin{cases} 0 & x \\le -3 \\\\ \\frac{x}{6} + \\frac{1}{2} & -3 < x < 3 \\\\ 1 & x \\ge 3 \\end{cases}',
    df: "f'(x) = \\begin{cases} \\frac{1}{6} & -3 < x < 3 \\\\ 0 & \\text{otherwise (0 at } x = \\pm 3) \\end{cases}",
  },
  properties: {
    rangeLatex: '[0, 1]',
    range: [0, 1],
    rangeClosed: [true, true],
    monotonic: true,
    smoothness: 'C0',
    zeroCentred: false,
    saturates: { negative: true, positive: true },
    maxAbsDerivative: 1 / 6,
    cost: 'minimal',
  },
  kinks: [
    { x: -3, note: 'PyTorch returns 0 at x = −3 (the gradient is 1/6 only strictly inside (−3, 3)).' },
    { x: 3, note: 'PyTorch returns 0 at x = 3.' },
  ],
  f: (x) => Math.min(Math.max(x + 3, 0), 6) / 6,
  df: (x) => (x > -3 && x < 3 ? 1 / 6 : 0),
});

/** Hard tanh, clip(x, −1, 1) (Collobert et al., JMLR 2011): the piecewise-linear stand-in for tanh. */
export const hardTanh = defineActivation({
  id: 'hard-tanh',
  name: 'Hard tanh',
  aliases: ['hardtanh'],
  family: 'classic',
  params: [],
  latex: {
    f: 'f(x) = \\begin{cases} -1 & x < -1 \\\\ x & -1 \\le x \\le 1 \\\\ 1 & x > 1 \\end{cases}',
    df: "f'(x) = \\begin{cases} 1 & -1 < x < 1 \\\\ 0 & \\text{otherwise (0 at } x = \\pm 1) \\end{cases}",
  },
  properties: {
    rangeLatex: '[-1, 1]',
    range: [-1, 1],
    rangeClosed: [true, true],
    monotonic: true,
    smoothness: 'C0',
    zeroCentred: true,
    saturates: { negative: true, positive: true },
    maxAbsDerivative: 1,
    cost: 'minimal',
  },
  kinks: [
    { x: -1, note: 'PyTorch returns 0 at x = −1.' },
    { x: 1, note: 'PyTorch returns 0 at x = 1.' },
  ],
  f: (x) => Math.min(Math.max(x, -1), 1),
  df: (x) => (x > -1 && x < 1 ? 1 : 0),
});
