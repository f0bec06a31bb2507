/**
 * Shrinkage functions: they pull inputs towards 0, as the proximal operators of sparse coding do
 * (soft thresholding is the proximal map of λ|x|; Donoho, 1995). PyTorch's shrink_backward kernel, shared
 * by softshrink and hardshrink, returns 0 for −λ ≤ x ≤ λ and the incoming gradient otherwise, so both
 * derivatives are 0 at x = ±λ exactly.
 */
import { defineActivation } from './define';
import type { ParamSpec, Properties } from './types';

const lambdaParam: ParamSpec = {
  name: 'lambda',
  symbol: '\\lambda',
  label: 'λ (threshold)',
  default: 0.5,
  min: 0,
  max: 3,
  step: 0.05,
};

const shrinkProperties = (smoothness: 'C0' | 'discontinuous'): Properties => ({
  rangeLatex: '(-\\infty, \\infty)',
  range: [-Infinity, Infinity],
  rangeClosed: [false, false],
  monotonic: true,
  smoothness,
  zeroCentred: true,
  saturates: { negative: false, positive: false },
  maxAbsDerivative: 1,
  cost: 'minimal',
});

/** PyTorch's shrink_backward: 1 strictly outside [−λ, λ], 0 on the closed interval. */
const shrinkSlope = (x: number, lambda: number) => (x > lambda || x < -lambda ? 1 : 0);

/** Softshrink (soft thresholding): x − λ above λ, x + λ below −λ, 0 between. Exact: one rounding. */
export const softshrink = defineActivation({
  id: 'softshrink',
  name: 'Softshrink',
  aliases: ['soft thresholding', 'soft shrinkage'],
  family: 'shrinkage',
  params: [lambdaParam],
  latex: {
    f: 'f(x) = \\begin{cases} x - \\lambda & x > \\lambda \\\\ 0 & -\\lambda \\le x \\le \\lambda \\\\ x + \\lambda & x < -\\lambda \\end{cases}',
    df: "f'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
  },
  properties: shrinkProperties('C0'),
  kinks: [
    { x: -0.5, note: 'f′ jumps from 1 to 0; PyTorch’s shrink_backward returns 0 at x = −λ (|x| ≤ λ gives 0).' },
    { x: 0.5, note: 'f′ jumps from 0 to 1; PyTorch returns 0 at x = λ.' },
  ],
  // 0·x keeps the sign of a zero input (−0 → −0) so that f stays exactly odd.
  f: (x, p) => (x > p.lambda! ? x - p.lambda! : x < -p.lambda! ? x + p.lambda! : 0 * x),
  df: (x, p) => shrinkSlope(x, p.lambda!),
});

/** Hardshrink (hard thresholding): x where |x| > λ, else 0; it jumps by λ at ±λ. */
export const hardshrink = defineActivation({
  id: 'hardshrink',
  name: 'Hardshrink',
  aliases: ['hard thresholding', 'hard shrinkage'],
  family: 'shrinkage',
  params: [lambdaParam],
  latex: {
    f: 'f(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}',
    df: "f'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\text{ (undefined at } x = \\pm\\lambda) \\end{cases}",
  },
  properties: shrinkProperties('discontinuous'),
  kinks: [
    { x: -0.5, note: 'f jumps from −λ to 0; PyTorch’s shrink_backward returns 0 at x = −λ.' },
    { x: 0.5, note: 'f jumps from 0 to λ; PyTorch returns 0 at x = λ.' },
  ],
  f: (x, p) => (x > p.lambda! || x < -p.lambda! ? x : 0 * x),
  df: (x, p) => shrinkSlope(x, p.lambda!),
});

/** Below this |x| the continued fraction is used; above it x − tanh x loses under one ulp. */
const TANHSHRINK_SERIES_TO = 2;
/** Levels of Lambert's continued fraction: at |x| = 2 the truncation error is below 1e-19 relative. */
const LAMBERT_DEPTH = 16;

/**
 * x − tanh x for 0 ≤ x < 2 without cancellation. Lambert's continued fraction tanh x = x/(1 + K),
 * K = x²/(3 + x²/(5 + x²/(7 + …))), gives x − tanh x = x·K/(1 + K): every term is positive, so each
 * rounding stays relative (a few ulps in all), where x − Math.tanh(x) would magnify tanh's own error by
 * tanh x/(x − tanh x) (≈ 8 at x = 0.5, ≈ 3·10¹⁵ at x = 1e-5). Near 0 it is x³/3 to full precision.
 */
function tanhshrinkSmall(x: number): number {
  const x2 = x * x;
  let k = 0;
  for (let n = LAMBERT_DEPTH; n >= 1; n--) k = x2 / (2 * n + 1 + k);
  return (x * k) / (1 + k);
}

/** Tanhshrink, x − tanh x (PyTorch nn.Tanhshrink): odd, flat at 0 (f ≈ x³/3), f′ = tanh² x. */
export const tanhshrink = defineActivation({
  id: 'tanhshrink',
  name: 'Tanhshrink',
  aliases: ['tanh shrink'],
  family: 'shrinkage',
  params: [],
  latex: { f: 'f(x) = x - \\tanh x', df: "f'(x) = \\tanh^2 x" },
  properties: { ...shrinkProperties('C0'), smoothness: 'C∞', cost: 'low' },
  kinks: [],
  f: (x) => {
    const a = Math.abs(x);
    if (a >= TANHSHRINK_SERIES_TO) return x - Math.tanh(x);
    const v = tanhshrinkSmall(a);
    return x < 0 ? -v : x === 0 ? x : v;
  },
  df: (x) => {
    const t = Math.tanh(x);
    return t * t;
  },
});
