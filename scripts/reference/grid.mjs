/** The doubles at which every activation is referenced: named points, kinks and their neighbours, sweeps. */

const view = new DataView(new ArrayBuffer(8));

/** The next double after x towards +∞ (direction 1) or −∞ (direction −1), like C's nextafter. */
export function nextAfter(x, direction) {
  if (x === 0) return direction > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, bits + (x > 0 === direction > 0 ? 1n : -1n));
  return view.getFloat64(0);
}

/** Points the issue names, and the edges of the double range that matter (e^x under/overflow). */
// prettier-ignore
const named = [
  0, Number.MIN_VALUE, 1e-300, 1e-100, 1e-30, 1e-16, 1e-8, 1e-3, 0.1, 0.5, 1, 1.5, 2, 3, 5, 6, 10, 20, 30, 37, 38,
  40, 100, 700, 709, 710, 745, 1000,
];

/**
 * Kinks of the piecewise functions (relu family 0, hard-tanh and sparse-plus ±1, hard-sigmoid/hard-swish ±3,
 * relu6 6, the shrinks' default λ = 0.5, threshold θ = 1 and θ = −0.5).
 */
const kinks = [0, 1, -1, 3, -3, 6, 0.5, -0.5];

export function buildGrid() {
  const xs = [-0];
  for (const x of named) xs.push(x, -x);
  for (const k of kinks) xs.push(k, nextAfter(k, 1), nextAfter(k, -1));
  // Linear sweeps: fine (step 0.1, not dyadic) near the origin where the shapes differ, coarse out to ±1000.
  for (let i = -100; i <= 100; i++) xs.push(i / 10);
  for (let i = -20; i <= 20; i++) xs.push(i * 50);
  // Where the self-gated derivatives cancel near their roots (gelu′ and gelu-tanh′ ≈ −0.752, mish′ ≈ −1.192,
  // swish′ ≈ −1.278, hard-swish′ = −1.5): a denser, non-dyadic sweep (see also `focus` below).
  for (let i = 0; i <= 48; i++) xs.push(-1.45 + i * 0.0173);
  // The tails between ±10 and ±40, where the exponentially small values live, at non-round points.
  for (let i = 0; i <= 21; i++) xs.push(-10.3 - i * 1.37, 10.3 + i * 1.37);
  // Log-spaced magnitudes, 6 per decade from 1e-3 to 1e3, both signs.
  for (let k = -18; k <= 18; k++) {
    const m = 10 ** (k / 6);
    xs.push(m, -m);
  }
  const seen = new Set();
  const unique = [];
  for (const x of xs) {
    const key = Object.is(x, -0) ? '-0' : String(x);
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(x);
    }
  }
  return unique.sort((a, b) => a - b || (Object.is(a, -0) ? -1 : Object.is(b, -0) ? 1 : 0));
}

/**
 * Extra points for one (id, fn, params): 400 across each interval where accuracy is hardest to keep, so that
 * a formula that is only usually accurate there cannot pass by luck: near the roots of the self-gated
 * derivatives (cancellation), and in the GELU tails, where an argument rounded to double costs ≈ x² ulps.
 */
export const focus = [
  { id: 'gelu', fn: 'f', params: {}, interval: [-38, -4] },
  { id: 'gelu', fn: 'df', params: {}, interval: [-38, -4] },
  { id: 'gelu-tanh', fn: 'f', params: {}, interval: [-24, -2] },
  { id: 'gelu-tanh', fn: 'df', params: {}, interval: [-24, -2] },
  { id: 'gelu', fn: 'df', params: {}, interval: [-1.3, -0.45] },
  { id: 'gelu-tanh', fn: 'df', params: {}, interval: [-1.3, -0.45] },
  { id: 'swish', fn: 'df', params: {}, interval: [-1.7, -0.9] },
  { id: 'swish', fn: 'df', params: { beta: 2 }, interval: [-0.85, -0.45] },
  { id: 'mish', fn: 'df', params: {}, interval: [-1.6, -0.8] },
  { id: 'hard-swish', fn: 'df', params: {}, interval: [-1.7, -1.3] },
  // x − tanh x, where the direct difference loses digits; and snake's f′ = 1 + sin 2x around its double
  // root −π/4, where it cancels; log-sigmoid's right tail.
  { id: 'tanhshrink', fn: 'f', params: {}, interval: [-2.3, 2.3] },
  { id: 'snake', fn: 'df', params: {}, interval: [-1.2, -0.4] },
  { id: 'snake', fn: 'df', params: {}, interval: [2, 2.8] },
  { id: 'snake', fn: 'f', params: {}, interval: [-1.5, -0.5] },
  { id: 'log-sigmoid', fn: 'f', params: {}, interval: [5, 45] },
  { id: 'squareplus', fn: 'f', params: {}, interval: [-1000, -5] },
  { id: 'squareplus', fn: 'df', params: {}, interval: [-1000, -5] },
];

/**
 * Magnitudes far beyond the common grid (which stops at 1000), for the functions whose naive forms overflow
 * or cancel there: x² past 1.34e154 (squared-relu, squareplus), x + √(x² + b) for x → −∞, the tails of
 * log-sigmoid and tanhshrink, snake's x + sin². Where the condition number is astronomically large (sin x,
 * and snake′ = 1 + sin 2αx, at |x| = 1e300) such points would test nothing, so those are left out.
 */
const HUGE = [1e10, 1e100, 1e149, 1.3e154, 1e200, 1e300, Number.MAX_VALUE].flatMap((x) => [x, -x]);
const hugeFor = new Set(['squared-relu', 'squareplus', 'log-sigmoid', 'tanhshrink', 'softshrink', 'hardshrink']);

export function focusPoints(id, fn, params) {
  const key = JSON.stringify(params);
  const huge = hugeFor.has(id) || (id === 'snake' && fn === 'f') ? HUGE : [];
  return huge.concat(
    focus
      .filter((f) => f.id === id && f.fn === fn && JSON.stringify(f.params) === key)
      .flatMap(({ interval: [from, to] }) =>
        Array.from({ length: 400 }, (_, i) => from + ((to - from) * (i + 0.5)) / 400),
      ),
  );
}

/** A string that round-trips through Number() exactly, keeping the sign of zero. */
export const formatDouble = (x) => (Object.is(x, -0) ? '-0' : String(x));
