/**
 * Rectifiers: piecewise-linear functions that pass positive inputs through unchanged. At each kink df
 * returns what PyTorch's autograd returns, so a chart or a lab agrees with what readers see in training.
 */
import { defineActivation } from './define';
import type { Properties } from './types';

/** Properties shared by the leaky family (leaky-relu, prelu, rrelu at inference). */
const leakyProperties: Properties = {
  rangeLatex: '(-\\infty, \\infty)',
  range: [-Infinity, Infinity],
  rangeClosed: [false, false],
  monotonic: true,
  smoothness: 'C0',
  zeroCentred: false,
  saturates: { negative: false, positive: false },
  maxAbsDerivative: 1,
  cost: 'minimal',
};

/** x for x > 0, slope·x otherwise. A zero slope gives 0 even at −∞, where 0·(−∞) would be NaN. */
const leaky = (x: number, slope: number) => (x > 0 ? x : slope === 0 ? 0 : slope * x);
/** PyTorch's leaky_relu_backward: 1 for x > 0, the slope for x ≤ 0 (so the slope at x = 0). */
const leakyDerivative = (x: number, slope: number) => (x > 0 ? 1 : slope);

const leakyLatex = (slope: string) => ({
  f: `f(x) = \\begin{cases} x & x > 0 \\\\ ${slope}\\,x & x \\le 0 \\end{cases}`,
  df: `f'(x) = \\begin{cases} 1 & x > 0 \\\\ ${slope} & x \\le 0 \\end{cases}`,
});

/** ReLU, max(0, x) (Nair & Hinton, 2010; Glorot, Bordes & Bengio, 2011). */
export const relu = defineActivation({
  id: 'relu',
  name: 'ReLU',
  aliases: ['rectified linear unit', 'rectifier', 'ramp'],
  family: 'rectifier',
  params: [],
  latex: {
    f: 'f(x) = \\max(0, x) = \\begin{cases} x & x > 0 \\\\ 0 & x \\le 0 \\end{cases}',
    df: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
  },
  properties: {
    rangeLatex: '[0, \\infty)',
    range: [0, Infinity],
    rangeClosed: [true, false],
    monotonic: true,
    smoothness: 'C0',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1,
    cost: 'minimal',
  },
  kinks: [{ x: 0, note: 'f′(0) is undefined; PyTorch and TensorFlow return 0 there, and so do we.' }],
  f: (x) => (x > 0 ? x : 0),
  df: (x) => (x > 0 ? 1 : 0),
});

/** ReLU6, min(max(0, x), 6) (Krizhevsky, 2010; MobileNets): bounded for low-precision arithmetic. */
export const relu6 = defineActivation({
  id: 'relu6',
  name: 'ReLU6',
  aliases: [],
  family: 'rectifier',
  params: [],
  latex: {
    f: 'f(x) = \\min\\bigl(\\max(0, x), 6\\bigr)',
    df: "f'(x) = \\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise (0 at } x = 0 \\text{ and } x = 6) \\end{cases}",
  },
  properties: {
    rangeLatex: '[0, 6]',
    range: [0, 6],
    rangeClosed: [true, true],
    monotonic: true,
    smoothness: 'C0',
    zeroCentred: false,
    saturates: { negative: true, positive: true },
    maxAbsDerivative: 1,
    cost: 'minimal',
  },
  kinks: [
    { x: 0, note: 'PyTorch (relu6 is hardtanh(x, 0, 6)) returns 0 at x = 0.' },
    { x: 6, note: 'PyTorch returns 0 at x = 6.' },
  ],
  f: (x) => (x > 0 ? Math.min(x, 6) : 0),
  df: (x) => (x > 0 && x < 6 ? 1 : 0),
});

/** Leaky ReLU (Maas, Hannun & Ng, 2013): a small fixed slope α for x ≤ 0 keeps gradients alive. */
export const leakyRelu = defineActivation({
  id: 'leaky-relu',
  name: 'Leaky ReLU',
  aliases: ['LReLU'],
  family: 'rectifier',
  params: [
    { name: 'alpha', symbol: '\\alpha', label: 'α (negative slope)', default: 0.01, min: 0, max: 1, step: 0.01 },
  ],
  latex: leakyLatex('\\alpha'),
  properties: leakyProperties,
  kinks: [{ x: 0, note: 'PyTorch returns α at x = 0 (the x ≤ 0 branch).' }],
  f: (x, p) => leaky(x, p.alpha!),
  df: (x, p) => leakyDerivative(x, p.alpha!),
});

/** PReLU (He et al., 2015): the negative slope a is learned, one per channel or one in all; PyTorch starts it at 0.25. */
export const prelu = defineActivation({
  id: 'prelu',
  name: 'PReLU',
  aliases: ['parametric ReLU'],
  family: 'rectifier',
  params: [{ name: 'alpha', symbol: 'a', label: 'a (learned slope)', default: 0.25, min: 0, max: 1, step: 0.01 }],
  latex: leakyLatex('a'),
  properties: leakyProperties,
  kinks: [{ x: 0, note: 'PyTorch returns a at x = 0.' }],
  f: (x, p) => leaky(x, p.alpha!),
  df: (x, p) => leakyDerivative(x, p.alpha!),
});

/**
 * RReLU (Xu et al., 2015), as PyTorch defines it: in training the negative slope is drawn uniformly from
 * [lower, upper] per element; at inference it is fixed to their mean, which is the function defined here.
 * (The paper divides by a ~ U(3, 8) instead, with test slope 2/11: the same range of slopes.)
 */
export const rrelu = defineActivation({
  id: 'rrelu',
  name: 'RReLU',
  aliases: ['randomized leaky ReLU'],
  family: 'rectifier',
  params: [
    // A step of 1/120 puts both defaults, 1/8 and 1/3, exactly on the slider's grid.
    { name: 'lower', symbol: 'l', label: 'l (lower bound)', default: 1 / 8, min: 0, max: 1, step: 1 / 120 },
    { name: 'upper', symbol: 'u', label: 'u (upper bound)', default: 1 / 3, min: 0, max: 1, step: 1 / 120 },
  ],
  latex: leakyLatex('\\tfrac{l + u}{2}'),
  properties: leakyProperties,
  kinks: [{ x: 0, note: 'At inference PyTorch returns (l + u)/2 at x = 0.' }],
  f: (x, p) => leaky(x, (p.lower! + p.upper!) / 2),
  df: (x, p) => leakyDerivative(x, (p.lower! + p.upper!) / 2),
});

/**
 * Squared ReLU, max(0, x)² (So et al., Primer, 2021). f′ = 2·max(0, x) is continuous, so there is no kink
 * (f is C¹; f″ jumps at 0). x² overflows to Infinity for x > 1.34e154, which is the correctly rounded value.
 */
export const squaredRelu = defineActivation({
  id: 'squared-relu',
  name: 'Squared ReLU',
  aliases: ['ReLU²', 'relu squared'],
  family: 'rectifier',
  params: [],
  latex: {
    f: 'f(x) = \\max(0, x)^2 = \\begin{cases} x^2 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}',
    df: "f'(x) = 2\\max(0, x)",
  },
  properties: {
    rangeLatex: '[0, \\infty)',
    range: [0, Infinity],
    rangeClosed: [true, false],
    monotonic: true,
    smoothness: 'C1',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: Infinity,
    cost: 'minimal',
  },
  kinks: [],
  f: (x) => (x > 0 ? x * x : 0),
  df: (x) => (x > 0 ? 2 * x : 0),
});

/**
 * PyTorch's nn.Threshold(threshold, value): x where x > threshold, else the constant value. With the
 * defaults (1, 0) it jumps from 0 to 1 at x = 1. PyTorch's threshold_backward passes the gradient where
 * x > threshold and gives 0 elsewhere, at x = threshold included.
 */
export const threshold = defineActivation({
  id: 'threshold',
  name: 'Threshold',
  aliases: ['nn.Threshold'],
  family: 'rectifier',
  params: [
    { name: 'threshold', symbol: '\\theta', label: 'θ (threshold)', default: 1, min: -3, max: 3, step: 0.1 },
    { name: 'value', symbol: 'v', label: 'v (replacement value)', default: 0, min: -3, max: 3, step: 0.1 },
  ],
  latex: {
    f: 'f(x) = \\begin{cases} x & x > \\theta \\\\ v & x \\le \\theta \\end{cases}',
    df: "f'(x) = \\begin{cases} 1 & x > \\theta \\\\ 0 & x \\le \\theta \\end{cases}",
  },
  properties: {
    rangeLatex: '\\{v\\} \\cup (\\theta, \\infty)',
    range: [0, Infinity],
    rangeClosed: [true, false],
    monotonic: true,
    smoothness: 'discontinuous',
    zeroCentred: false,
    saturates: { negative: true, positive: false },
    maxAbsDerivative: 1,
    cost: 'minimal',
  },
  kinks: [
    {
      x: 1,
      note: 'f jumps from v to θ; PyTorch’s threshold_backward returns 0 at x = θ (the gradient passes only where x > θ).',
    },
  ],
  f: (x, p) => (x > p.threshold! ? x : p.value!),
  df: (x, p) => (x > p.threshold! ? 1 : 0),
});
