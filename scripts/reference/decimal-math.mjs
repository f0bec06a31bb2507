/**
 * High-precision building blocks for the reference generator, in decimal.js only. Nothing here imports
 * the module under test: every function is re-derived from its mathematical definition, and every
 * elementary function that decimal.js does not give to full relative precision (e^x − 1 and ln(1 + y) for
 * tiny arguments, erfc) is implemented by series or continued fraction below.
 */
import Decimal from 'decimal.js';

/** Working precision, in significant digits. The issue asks for at least 60. */
export const PRECISION = 80;

/** A Decimal constructor with a private configuration, so nothing leaks into other users of decimal.js. */
export const D = Decimal.clone({
  precision: PRECISION,
  rounding: Decimal.ROUND_HALF_EVEN,
  // Exponent range wide enough for e^(±7·10⁷) (gelu-tanh at |x| = 1000) without flushing to 0 or ∞.
  minE: -9e15,
  maxE: 9e15,
});

/** Extra digits for erfc, whose small-argument branch loses a few digits to 1 − erf. */
const ERFC_PRECISION = PRECISION + 60;
const DE = D.clone({ precision: ERFC_PRECISION });

export const ZERO = new D(0);
export const ONE = new D(1);
export const TWO = new D(2);
export const PI = D.acos(-1);

const view = new DataView(new ArrayBuffer(8));

/**
 * The exact value of a double as a Decimal: a double is m·2^e with integer m, so it is m·5^−e / 10^−e, a
 * finite decimal (up to 767 digits for subnormals). `new Decimal(number)` would instead use the shortest
 * round-trip string, which differs from the double by up to half an ulp. −0 keeps its sign.
 */
export function exactDecimal(x) {
  if (!Number.isFinite(x)) throw new RangeError(`exactDecimal: ${x} is not finite`);
  if (x === 0) return new D(Object.is(x, -0) ? '-0' : '0');
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exponent;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  const digits =
    exponent >= 0 ? (mantissa << BigInt(exponent)).toString() : `${mantissa * 5n ** BigInt(-exponent)}e${exponent}`;
  return new D(`${negative ? '-' : ''}${digits}`);
}

/** e^x, correctly rounded by decimal.js at the working precision. */
export const exp = (x) => D.exp(x);

/**
 * e^x − 1 without cancellation: the Taylor series Σ xⁿ/n! (n ≥ 1) for |x| < 1/2, where e^x − 1 would lose
 * up to all digits (x = 1e-300); elsewhere e^x − 1 loses at most one digit.
 */
export function expm1(x) {
  if (x.isZero()) return x;
  if (x.abs().gte(0.5)) return D.exp(x).minus(1);
  const stop = new D(10).pow(-(PRECISION + 5));
  let term = x;
  let sum = x;
  for (let n = 2; term.abs().gt(sum.abs().times(stop)); n++) {
    term = term.times(x).div(n);
    sum = sum.plus(term);
  }
  return sum;
}

/**
 * ln(1 + y) without cancellation: for |y| < 1/2, ln(1 + y) = 2·atanh(z) = 2·Σ z^(2k+1)/(2k+1) with
 * z = y/(2 + y), |z| < 1/3; elsewhere ln(1 + y) directly.
 */
export function log1p(y) {
  if (y.isZero()) return y;
  if (y.abs().gte(0.5)) return D.ln(y.plus(1));
  const z = y.div(y.plus(2));
  const z2 = z.times(z);
  const stop = new D(10).pow(-(PRECISION + 5));
  let power = z;
  let sum = z;
  for (let k = 1; power.abs().gt(sum.abs().times(stop)); k++) {
    power = power.times(z2);
    sum = sum.plus(power.div(2 * k + 1));
  }
  return sum.times(2);
}

/** σ(x) = 1/(1 + e^−x). In Decimal the exponent range is unbounded for our purposes, so one form serves. */
export const sigmoid = (x) => ONE.div(ONE.plus(D.exp(x.neg())));

/** σ′(x) = σ(x)·σ(−x), both factors computed directly (no 1 − σ cancellation). */
export const sigmoidPrime = (x) => sigmoid(x).times(sigmoid(x.neg()));

/**
 * tanh x = (e^{2x} − 1)/(e^{2x} + 1) = m/(m + 2) with m = expm1(2x): exact in relative terms for all x. For
 * |x| ≥ 1 the equal form ±(1 − 2/(e^{2|x|} + 1)), which stays 1 when e^{2|x|} exceeds the exponent range.
 */
export function tanh(x) {
  if (x.abs().gte(1)) {
    const t = ONE.minus(TWO.div(D.exp(x.abs().times(2)).plus(1)));
    return x.isNeg() ? t.neg() : t;
  }
  const m = expm1(x.times(2));
  return m.div(m.plus(2));
}

/** sech² x = 4/(e^x + e^−x)², a sum of positives. */
export function sech2(x) {
  const s = D.exp(x).plus(D.exp(x.neg()));
  return new D(4).div(s.times(s));
}

/**
 * erf by the everywhere-convergent series with positive terms (Abramowitz & Stegun 7.1.6):
 * erf t = (2/√π)·e^{−t²}·Σ_{n≥0} 2ⁿ t^{2n+1} / (1·3·5···(2n+1)). Computed at ERFC_PRECISION.
 */
function erfSeries(t) {
  const t2 = t.times(t);
  const stop = new DE(10).pow(-(ERFC_PRECISION + 5));
  let term = t;
  let sum = t;
  for (let n = 1; term.gt(sum.times(stop)); n++) {
    term = term
      .times(t2)
      .times(2)
      .div(2 * n + 1);
    sum = sum.plus(term);
  }
  return sum
    .times(2)
    .div(DE.sqrt(DE.acos(-1)))
    .times(DE.exp(t2.neg()));
}

/**
 * erfc t for t ≥ 5 by the Laplace continued fraction (A&S 7.1.14):
 * erfc t = (e^{−t²}/√π) · 1/(t + (1/2)/(t + 1/(t + (3/2)/(t + 2/(t + …))))),
 * evaluated bottom-up with the depth doubled until two depths agree to the working precision.
 */
function erfcContinuedFraction(t) {
  const evaluate = (depth) => {
    let tail = t;
    for (let n = depth; n >= 1; n--) tail = t.plus(new DE(n).div(2).div(tail));
    return DE.exp(t.times(t).neg())
      .div(DE.sqrt(DE.acos(-1)))
      .div(tail);
  };
  const tolerance = new DE(10).pow(-(PRECISION + 10));
  let depth = 64;
  let previous = evaluate(depth);
  for (;;) {
    depth *= 2;
    const next = evaluate(depth);
    if (next.minus(previous).abs().lte(next.abs().times(tolerance))) return next;
    previous = next;
  }
}

/**
 * Complementary error function to the working precision for every real t: the series 1 − erf t for
 * 0 ≤ t < 5 (at most ~12 digits cancel, covered by the 60 guard digits), the continued fraction for t ≥ 5,
 * and erfc(−t) = 2 − erfc(t) for negative t.
 */
export function erfc(x) {
  const t = new DE(x);
  if (t.isNeg()) return new D(new DE(2).minus(erfc(t.neg())));
  const value = t.lt(5) ? new DE(1).minus(erfSeries(t)) : erfcContinuedFraction(t);
  return new D(value.toSignificantDigits(PRECISION));
}

const SQRT2 = D.sqrt(2);

/** Φ(x) = erfc(−x/√2)/2, the standard normal CDF. */
export const normalCdf = (x) => erfc(x.neg().div(SQRT2)).div(2);

/** φ(x) = e^{−x²/2}/√(2π). */
export const normalPdf = (x) => D.exp(x.times(x).div(-2)).div(D.sqrt(PI.times(2)));

/** √(2/π), the scale inside the GELU tanh approximation. */
export const SQRT_2_OVER_PI = D.sqrt(TWO.div(PI));

/**
 * SELU's constants from their closed forms (Klambauer et al., 2017, eq. 14), here to the working
 * precision rather than the 32 digits usually printed:
 *   α₀₁ = −√(2/π) / (erfc(1/√2)·√e − 1)
 *   λ₀₁ = (1 − erfc(1/√2)·√e)·√(2π) · (2·erfc(√2)·e² + π·erfc(1/√2)²·e − 2(2 + π)·erfc(1/√2)·√e + π + 2)^(−1/2)
 */
const e1 = D.exp(1);
const sqrtE = D.sqrt(e1);
const erfcInvSqrt2 = erfc(ONE.div(SQRT2));
export const SELU_ALPHA = SQRT_2_OVER_PI.neg().div(erfcInvSqrt2.times(sqrtE).minus(1));
export const SELU_LAMBDA = ONE.minus(erfcInvSqrt2.times(sqrtE))
  .times(D.sqrt(PI.times(2)))
  .div(
    D.sqrt(
      TWO.times(erfc(SQRT2))
        .times(e1.pow(2))
        .plus(PI.times(erfcInvSqrt2.pow(2)).times(e1))
        .minus(TWO.times(PI.plus(2)).times(erfcInvSqrt2).times(sqrtE))
        .plus(PI)
        .plus(2),
    ),
  );

/** Guard digits for the trigonometric argument reduction, besides the digits of x's integer part it loses. */
const TRIG_PRECISION = PRECISION + 40;
const DT = D.clone({ precision: TRIG_PRECISION });

/** Taylor series of sin (start 0) or cos (start 1) at |r| ≤ π/4, to TRIG_PRECISION. */
function trigSeries(r, start) {
  const r2 = r.times(r).neg();
  const stop = new DT(10).pow(-(TRIG_PRECISION + 5));
  let term = start === 0 ? r : new DT(1);
  let sum = term;
  // p is the power of r in the current term: 1 for sin, 0 for cos; each step multiplies by −r²/((p+1)(p+2)).
  for (let p = start === 0 ? 1 : 0; term.abs().gt(stop); p += 2) {
    term = term.times(r2).div((p + 1) * (p + 2));
    sum = sum.plus(term);
  }
  return sum;
}

const reductions = new Map();
/** A Decimal clone at this precision and π/2 to it, made once per precision. */
function reduction(precision) {
  if (!reductions.has(precision)) {
    const R = D.clone({ precision });
    reductions.set(precision, { R, halfPi: R.acos(-1).div(2) });
  }
  return reductions.get(precision);
}

/**
 * sin x and cos x for a Decimal x (the exact value of a double), to the working precision: x = qπ/2 + r with
 * q an integer and |r| ≤ π/4, using π to TRIG_PRECISION digits plus as many as x has before the point, then the Taylor
 * series of sin r or cos r picked and signed by q mod 4. Written here rather than taken from decimal.js so
 * that the reduction is visible.
 */
function sinCos(x) {
  // Reducing |x| ≈ 10^e mod π/2 cancels e digits: carry them too, with π to as many.
  const { R, halfPi } = reduction(TRIG_PRECISION + Math.max(0, x.e + 1));
  const xr = new R(x);
  const q = xr.div(halfPi).toDecimalPlaces(0, R.ROUND_HALF_EVEN);
  const r = new DT(xr.minus(q.times(halfPi)));
  const quadrant = Number(q.mod(4).plus(4).mod(4).toString());
  const s = trigSeries(r, 0);
  const c = trigSeries(r, 1);
  const [sin, cos] = [
    [s, c],
    [c, s.neg()],
    [s.neg(), c.neg()],
    [c.neg(), s],
  ][quadrant];
  return { sin: new D(sin.toSignificantDigits(PRECISION)), cos: new D(cos.toSignificantDigits(PRECISION)) };
}

export const sin = (x) => (x.isZero() ? x : sinCos(x).sin);
export const cos = (x) => sinCos(x).cos;
