import erfc from '@stdlib/math-base-special-erfc';
import type { Format } from './formats';

/**
 * Emulated arithmetic in a narrow format, the way the precision lab runs a formula.
 *
 * Every operation is computed in double and its result rounded to the format at once, so a formula written
 * with these ops sees exactly the roundings a machine with that format's registers would make, one per
 * operation. For + − × ÷ and √ this is the IEEE 754 result (a double has more than 2p + 2 bits for p ≤ 24,
 * so rounding twice equals rounding once). For exp, log, erf, tanh … it is the correctly rounded value of
 * the double library result, i.e. as good as a correctly rounded narrow library, better than most.
 *
 * Real hardware and frameworks differ, and the page should say so next to the chart:
 * - GPUs and CPUs without native narrow maths usually evaluate float16/bfloat16 elementwise functions in
 *   float32 registers and round once at the end, so a whole fused kernel may behave like its float32
 *   version followed by one rounding; an op-by-op framework (eager mode) rounds after each op, as here.
 * - A fused multiply-add a·b + c rounds once, not twice; compilers contract expressions into FMAs freely.
 * - Library exp/log/erf are rarely correctly rounded: errors of 1–4 ulps are common in float32, and fast
 *   approximations (e.g. GPU intrinsics) are looser.
 * - bfloat16 matrix products accumulate in float32 and round only the final sum.
 * - Some hardware flushes subnormals to zero (FTZ/DAZ), moving the underflow threshold up to minNormal.
 *
 * Each Arith also keeps IEEE-style sticky flags for the evaluation in progress: `overflow` when an op made
 * ±∞ from finite operands (this includes log 0 and 1/0, which IEEE calls division by zero), `underflow` when
 * an op's result is below the smallest normal (or 0) and not exact, `invalid` when an op made NaN from non-NaN
 * operands (∞/∞, ∞ − ∞, 0·∞).
 */
export interface Flags {
  overflow: boolean;
  underflow: boolean;
  invalid: boolean;
}

export interface Arith {
  readonly format: Format;
  readonly flags: Flags;
  /** Clear the flags before evaluating a new formula. */
  reset(): void;
  /** A constant (or an input) as the format stores it. */
  c(x: number): number;
  add(a: number, b: number): number;
  sub(a: number, b: number): number;
  mul(a: number, b: number): number;
  div(a: number, b: number): number;
  neg(a: number): number;
  abs(a: number): number;
  max(a: number, b: number): number;
  sqrt(a: number): number;
  exp(a: number): number;
  expm1(a: number): number;
  log(a: number): number;
  log1p(a: number): number;
  tanh(a: number): number;
  erf(a: number): number;
  erfc(a: number): number;
}

/** erf from the same erfc, keeping full relative precision for small |t| (erfc(t) ≈ 1 there). */
function erfOf(t: number): number {
  return Math.abs(t) < 0.5 ? t * (2 / Math.sqrt(Math.PI)) * erfSmallFactor(t * t) : 1 - erfc(t);
}

/** erf(t)/(2t/√π) = Σ (−t²)ⁿ / (n!(2n + 1)), summed to double precision for t² < 1/4. */
function erfSmallFactor(s: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 30 && Math.abs(term) > 1e-18; n++) {
    term *= -s / n;
    sum += term / (2 * n + 1);
  }
  return sum;
}

/** An emulated arithmetic that rounds to `format` after every operation (see the module comment). */
export function createArith(format: Format): Arith {
  const flags: Flags = { overflow: false, underflow: false, invalid: false };
  const { round, minNormal } = format;
  /**
   * Round the double result v of an op on the operands a, b, raising flags as IEEE would. `flushes` marks
   * ops whose double result can itself be a flushed 0 (×, ÷, exp, erfc); elsewhere a 0 is exact (a − a,
   * log 1) and a subnormal sum of format values is exact too, so neither underflows.
   */
  const out = (v: number, a: number, b: number, flushes: boolean): number => {
    const r = round(v);
    const finiteArgs = Number.isFinite(a) && Number.isFinite(b);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(a) && !Number.isNaN(b)) flags.invalid = true;
    } else if (!Number.isFinite(r)) {
      if (finiteArgs) flags.overflow = true;
    } else if (Math.abs(r) < minNormal && finiteArgs) {
      if (r !== v || (flushes && v === 0 && a !== 0 && b !== 0)) flags.underflow = true;
    }
    return r;
  };
  const unary =
    (fn: (a: number) => number, flushes = false) =>
    (a: number): number =>
      out(fn(a), a, 1, flushes);
  return {
    format,
    flags,
    reset() {
      flags.overflow = flags.underflow = flags.invalid = false;
    },
    c: (x) => round(x),
    add: (a, b) => out(a + b, a, b, false),
    sub: (a, b) => out(a - b, a, b, false),
    mul: (a, b) => out(a * b, a, b, true),
    div: (a, b) => out(a / b, a, b, true),
    neg: (a) => -a,
    abs: (a) => Math.abs(a),
    max: (a, b) => Math.max(a, b),
    sqrt: unary(Math.sqrt),
    exp: unary(Math.exp, true),
    expm1: unary(Math.expm1),
    log: unary(Math.log),
    log1p: unary(Math.log1p),
    tanh: unary(Math.tanh),
    erf: unary(erfOf),
    erfc: unary(erfc, true),
  };
}
