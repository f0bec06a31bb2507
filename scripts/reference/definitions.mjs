/**
 * Every scalar activation re-derived from its mathematical definition in decimal.js, independently of
 * src/lib/activations. Each entry gives the PyTorch default parameters and f, df taking a Decimal x and the
 * parameters as Decimals. At kinks df follows PyTorch's autograd convention, written out case by case.
 */
import {
  D,
  ONE,
  ZERO,
  SELU_ALPHA,
  SELU_LAMBDA,
  SQRT_2_OVER_PI,
  exp,
  expm1,
  log1p,
  normalCdf,
  normalPdf,
  cos,
  sech2,
  sigmoid,
  sigmoidPrime,
  sin,
  tanh,
} from './decimal-math.mjs';

const SIXTH = ONE.div(6);
/** The cubic coefficient of the GELU tanh approximation is exactly the decimal 0.044715. */
const CUBIC = new D('0.044715');

/** x for x > 0, slope·x for x ≤ 0; derivative 1 for x > 0, slope for x ≤ 0 (PyTorch's leaky_relu_backward). */
const leaky = (slope) => ({
  f: (x) => (x.gt(0) ? x : slope.times(x)),
  df: (x) => (x.gt(0) ? ONE : slope),
});

/** softplus(z) = ln(1 + e^z) = max(z, 0) + ln(1 + e^−|z|). */
const softplusOf = (z) => (z.gt(0) ? z.plus(log1p(exp(z.neg()))) : log1p(exp(z)));

/** g evaluated with a Decimal clone of PRECISION + 2·max(0, log₁₀|x|) + 10 digits, rounded back to D. */
function widened(x, g) {
  const extra = x.isZero() ? 0 : Math.max(0, 2 * (x.abs().e + 1));
  const W = D.clone({ precision: D.precision + extra + 10 });
  return new D(g(W, new W(x)).toSignificantDigits(D.precision));
}

/** QuickGELU's scale, the decimal 1.702. */
const QUICK = new D('1.702');

/**
 * Taylor coefficients a_k of tanh x = Σ a_k x^{2k+1}, from the ODE y′ = 1 − y²: a_0 = 1 and
 * (2k + 1)·a_k = −Σ_{i+j=k−1} a_i a_j. Enough terms for |x| < 1/2 to 85 digits.
 */
const TANH_TAYLOR = (() => {
  const a = [ONE];
  for (let k = 1; k < 140; k++) {
    let sum = ZERO;
    for (let i = 0; i <= k - 1; i++) sum = sum.plus(a[i].times(a[k - 1 - i]));
    a.push(sum.neg().div(2 * k + 1));
  }
  return a;
})();

/** x − tanh x: −Σ_{k≥1} a_k x^{2k+1} for |x| < 1/2 (the direct difference would cancel), else directly. */
function tanhshrinkOf(x) {
  if (x.abs().gte(0.5)) return x.minus(tanh(x));
  const x2 = x.times(x);
  let power = x.times(x2);
  let sum = ZERO;
  for (let k = 1; k < TANH_TAYLOR.length; k++) {
    sum = sum.minus(TANH_TAYLOR[k].times(power));
    power = power.times(x2);
  }
  return sum;
}

/** With a = 1 + e^x (so softplus x = ln a): tanh(ln a) = (a² − 1)/(a² + 1) = e^x(e^x + 2)/(a² + 1). */
function mishParts(x) {
  const e = exp(x);
  const a = ONE.plus(e);
  const a2p1 = a.times(a).plus(1);
  return {
    tanhSp: e.times(e.plus(2)).div(a2p1),
    // sech²(ln a) = 4/(a + 1/a)² = 4a²/(a² + 1)².
    sech2Sp: a.times(a).times(4).div(a2p1.times(a2p1)),
  };
}

/** Id → { defaults, f(x, p), df(x, p) }. Defaults are PyTorch's, written here independently of the module. */
export const definitions = {
  identity: { defaults: {}, f: (x) => x, df: () => ONE },
  // Heaviside with H(0) = 1; its derivative is 0 wherever it exists, and 0 by convention at 0.
  'binary-step': { defaults: {}, f: (x) => (x.gte(0) ? ONE : ZERO), df: () => ZERO },
  sigmoid: { defaults: {}, f: sigmoid, df: sigmoidPrime },
  tanh: { defaults: {}, f: tanh, df: sech2 },
  softsign: {
    defaults: {},
    f: (x) => x.div(x.abs().plus(1)),
    df: (x) => ONE.div(x.abs().plus(1).pow(2)),
  },
  // relu6(x + 3)/6; gradient 1/6 strictly inside (−3, 3), 0 at ±3.
  'hard-sigmoid': {
    defaults: {},
    f: (x) => (x.lte(-3) ? ZERO : x.gte(3) ? ONE : x.div(6).plus(0.5)),
    df: (x) => (x.gt(-3) && x.lt(3) ? SIXTH : ZERO),
  },
  'hard-tanh': {
    defaults: {},
    f: (x) => (x.lt(-1) ? new D(-1) : x.gt(1) ? ONE : x),
    df: (x) => (x.gt(-1) && x.lt(1) ? ONE : ZERO),
  },
  relu: { defaults: {}, f: (x) => (x.gt(0) ? x : ZERO), df: (x) => (x.gt(0) ? ONE : ZERO) },
  relu6: {
    defaults: {},
    f: (x) => (x.lte(0) ? ZERO : x.gte(6) ? new D(6) : x),
    df: (x) => (x.gt(0) && x.lt(6) ? ONE : ZERO),
  },
  'leaky-relu': {
    defaults: { alpha: 0.01 },
    f: (x, p) => leaky(p.alpha).f(x),
    df: (x, p) => leaky(p.alpha).df(x),
  },
  prelu: {
    defaults: { alpha: 0.25 },
    f: (x, p) => leaky(p.alpha).f(x),
    df: (x, p) => leaky(p.alpha).df(x),
  },
  // Inference mode: the slope is the mean of the sampling interval.
  rrelu: {
    defaults: { lower: 1 / 8, upper: 1 / 3 },
    f: (x, p) => leaky(p.lower.plus(p.upper).div(2)).f(x),
    df: (x, p) => leaky(p.lower.plus(p.upper).div(2)).df(x),
  },
  elu: {
    defaults: { alpha: 1 },
    f: (x, p) => (x.gt(0) ? x : p.alpha.times(expm1(x))),
    df: (x, p) => (x.gt(0) ? ONE : p.alpha.times(exp(x))),
  },
  selu: {
    defaults: {},
    f: (x) => SELU_LAMBDA.times(x.gt(0) ? x : SELU_ALPHA.times(expm1(x))),
    df: (x) => SELU_LAMBDA.times(x.gt(0) ? ONE : SELU_ALPHA.times(exp(x))),
  },
  celu: {
    defaults: { alpha: 1 },
    f: (x, p) => (x.gt(0) ? x : p.alpha.times(expm1(x.div(p.alpha)))),
    df: (x, p) => (x.gt(0) ? ONE : exp(x.div(p.alpha))),
  },
  softplus: {
    defaults: { beta: 1 },
    f: (x, p) => softplusOf(p.beta.times(x)).div(p.beta),
    df: (x, p) => sigmoid(p.beta.times(x)),
  },
  gelu: {
    defaults: {},
    f: (x) => x.times(normalCdf(x)),
    df: (x) => normalCdf(x).plus(x.times(normalPdf(x))),
  },
  // ½x(1 + tanh u) = x·σ(2u), u = √(2/π)(x + 0.044715x³).
  'gelu-tanh': {
    defaults: {},
    f: (x) => x.times(sigmoid(SQRT_2_OVER_PI.times(x.plus(CUBIC.times(x.pow(3)))).times(2))),
    df: (x) => {
      const twoU = SQRT_2_OVER_PI.times(x.plus(CUBIC.times(x.pow(3)))).times(2);
      const dTwoU = SQRT_2_OVER_PI.times(ONE.plus(CUBIC.times(3).times(x.times(x)))).times(2);
      return sigmoid(twoU).plus(x.times(sigmoidPrime(twoU)).times(dTwoU));
    },
  },
  swish: {
    defaults: { beta: 1 },
    f: (x, p) => x.times(sigmoid(p.beta.times(x))),
    df: (x, p) => {
      const bx = p.beta.times(x);
      return sigmoid(bx).plus(bx.times(sigmoidPrime(bx)));
    },
  },
  mish: {
    defaults: {},
    f: (x) => x.times(mishParts(x).tanhSp),
    df: (x) => {
      const { tanhSp, sech2Sp } = mishParts(x);
      return tanhSp.plus(x.times(sech2Sp).times(sigmoid(x)));
    },
  },
  // x·relu6(x + 3)/6; current PyTorch's hardswish_backward (since pytorch/pytorch#148049) uses x/3 + 1/2
  // only on the open interval (−3, 3): 0 at x = −3 and 1 at x = 3.
  'hard-swish': {
    defaults: {},
    f: (x) => (x.lte(-3) ? ZERO : x.gte(3) ? x : x.times(x.plus(3)).div(6)),
    df: (x) => (x.lte(-3) ? ZERO : x.lt(3) ? x.div(3).plus(0.5) : ONE),
  },
  'log-sigmoid': { defaults: {}, f: (x) => softplusOf(x.neg()).neg(), df: (x) => sigmoid(x.neg()) },
  'squared-relu': { defaults: {}, f: (x) => (x.gt(0) ? x.times(x) : ZERO), df: (x) => (x.gt(0) ? x.times(2) : ZERO) },
  // nn.Threshold: x above the threshold, the value otherwise; threshold_backward passes the gradient for x > θ.
  threshold: {
    defaults: { threshold: 1, value: 0 },
    f: (x, p) => (x.gt(p.threshold) ? x : p.value),
    df: (x, p) => (x.gt(p.threshold) ? ONE : ZERO),
  },
  // shrink_backward: 0 on the closed interval [−λ, λ], 1 outside.
  softshrink: {
    defaults: { lambda: 0.5 },
    f: (x, p) => (x.gt(p.lambda) ? x.minus(p.lambda) : x.lt(p.lambda.neg()) ? x.plus(p.lambda) : ZERO),
    df: (x, p) => (x.abs().gt(p.lambda) ? ONE : ZERO),
  },
  hardshrink: {
    defaults: { lambda: 0.5 },
    f: (x, p) => (x.abs().gt(p.lambda) ? x : ZERO),
    df: (x, p) => (x.abs().gt(p.lambda) ? ONE : ZERO),
  },
  tanhshrink: { defaults: {}, f: tanhshrinkOf, df: (x) => tanh(x).pow(2) },
  // The definition as written, at a precision raised by 2·log₁₀|x| digits so that x + √(x² + b) keeps 80
  // digits even where it cancels (x = −1e300 loses 600).
  squareplus: {
    defaults: { b: 4 },
    f: (x, p) => widened(x, (W, y) => y.plus(W.sqrt(y.times(y).plus(p.b))).div(2)),
    df: (x, p) => widened(x, (W, y) => new W(1).plus(y.div(W.sqrt(y.times(y).plus(p.b)))).div(2)),
  },
  // Keras/JAX sparse_plus; its derivative is continuous, so the jnp.where branches agree at ±1.
  'sparse-plus': {
    defaults: {},
    f: (x) => (x.lte(-1) ? ZERO : x.gte(1) ? x : x.plus(1).pow(2).div(4)),
    df: (x) => (x.lte(-1) ? ZERO : x.gte(1) ? ONE : x.plus(1).div(2)),
  },
  'quick-gelu': {
    defaults: {},
    f: (x) => x.times(sigmoid(QUICK.times(x))),
    df: (x) => sigmoid(QUICK.times(x)).plus(QUICK.times(x).times(sigmoidPrime(QUICK.times(x)))),
  },
  // x + sin²(αx)/α and its derivative as written in the paper, 1 + sin(2αx).
  snake: {
    defaults: { alpha: 1 },
    f: (x, p) => x.plus(sin(p.alpha.times(x)).pow(2).div(p.alpha)),
    df: (x, p) => ONE.plus(sin(p.alpha.times(x).times(2))),
  },
  sine: {
    defaults: { omega: 1 },
    f: (x, p) => sin(p.omega.times(x)),
    df: (x, p) => p.omega.times(cos(p.omega.times(x))),
  },
};

/** Non-default parameter sets the issue asks to cover, besides every id at its defaults. */
export const extraParams = [
  { id: 'leaky-relu', params: { alpha: 0.2 } },
  { id: 'elu', params: { alpha: 0.5 } },
  { id: 'celu', params: { alpha: 2 } },
  { id: 'swish', params: { beta: 2 } },
  { id: 'softplus', params: { beta: 3 } },
  { id: 'rrelu', params: { lower: 0.1, upper: 0.3 } },
  { id: 'threshold', params: { threshold: -0.5, value: -2 } },
  { id: 'softshrink', params: { lambda: 1 } },
  { id: 'hardshrink', params: { lambda: 1 } },
  { id: 'squareplus', params: { b: 1 } },
  { id: 'snake', params: { alpha: 0.5 } },
  { id: 'sine', params: { omega: 30 } },
];
