import { createArith, type Arith } from './arith';
import type { Format } from './formats';
import type { PrecisionCase } from './cases';
import { REFERENCE_FLOOR_ULPS } from './reference';

/**
 * Sampling a case in a format: each formula's value, its error in ulps of the format and relative error
 * against the reference, a class per sample, the contiguous regions of each failure class, and the exact
 * x where the class changes (refined between samples by bisection over the format's own values).
 */
export type SampleClass = 'ok' | 'overflow' | 'underflow' | 'cancellation' | 'nan';

/** A run of samples in one failure class; from/to are the first and last format values in it. */
export interface Region {
  readonly cls: Exclude<SampleClass, 'ok'>;
  readonly from: number;
  readonly to: number;
}

/**
 * Where a region starts or ends: x is a format value of class `above` whose predecessor (the next format
 * value down) is of class `below`, found exactly by bisection between two samples.
 */
export interface Threshold {
  readonly x: number;
  readonly below: SampleClass;
  readonly above: SampleClass;
}

export interface FormulaResult {
  readonly values: Float64Array;
  readonly ulpError: Float64Array;
  readonly relError: Float64Array;
  readonly classes: readonly SampleClass[];
  readonly regions: readonly Region[];
  readonly thresholds: readonly Threshold[];
}

export interface Analysis {
  readonly xs: Float64Array;
  readonly reference: Float64Array;
  readonly naive: FormulaResult;
  readonly stable: FormulaResult;
  /** Errors above this many ulps count as a failure (see `lossBoundUlps`). */
  readonly lossBoundUlps: number;
  /** float64 errors below this are within the reference's own error (reference.ts); 0 for narrow formats. */
  readonly referenceFloorUlps: number;
}

/**
 * A sample fails when more than half the significand is wrong: error > 2^(p/2) ulps (45 ulps in float16,
 * 16 in bfloat16, 4096 in float32, ≈ 9.5·10⁷ in float64). Smaller errors are ordinary rounding and
 * conditioning (e.g. the x²/2 ulps the stable GELU inherits from rounding x/√2 in the far tail).
 */
export const lossBoundUlps = (format: Format): number => 2 ** (format.precision / 2);

/** |value − ref| in ulps of the format at the reference; 0 when equal (±∞ included), ∞ if only one is finite. */
export function ulpError(value: number, ref: number, format: Format): number {
  if (value === ref) return 0;
  if (!Number.isFinite(value) || !Number.isFinite(ref)) return Number.isNaN(value) ? NaN : Infinity;
  return Math.abs(value - ref) / format.ulp(ref);
}

/** |value − ref| / |ref|; 0 when equal, ∞ when ref is 0 and value is not. */
export function relativeError(value: number, ref: number): number {
  if (value === ref) return 0;
  return Math.abs(value - ref) / Math.abs(ref);
}

/**
 * The class of one evaluation: NaN first; then fine if within the bound, whatever happened inside; else
 * the cause the flags name: an overflow (or an infinite result), an underflow, or otherwise a loss of
 * significance (cancellation, or absorption as in 1 + tiny = 1).
 */
export function classify(value: number, ref: number, A: Arith): SampleClass {
  if (Number.isNaN(value)) return Number.isNaN(ref) ? 'ok' : 'nan';
  if (ulpError(value, ref, A.format) <= lossBoundUlps(A.format)) return 'ok';
  if (!Number.isFinite(value) || A.flags.overflow) return 'overflow';
  if (A.flags.underflow) return 'underflow';
  return 'cancellation';
}

type Formula = (x: number, A: Arith) => number;

/** The class of f at x (the value is left in `last.value`, sparing an allocation per sample). */
const last = { value: 0 };
function evaluate(f: Formula, c: PrecisionCase, x: number, A: Arith, ref = c.reference(x, A.format)): SampleClass {
  A.reset();
  last.value = f(x, A);
  return classify(last.value, ref, A);
}

/**
 * Bisect over format values between lo (where `inLo` holds) and hi (where it does not) down to two
 * adjacent format values. A region narrower than the sample spacing can be missed, as in any sampling.
 */
function refine(
  f: Formula,
  c: PrecisionCase,
  A: Arith,
  lo: number,
  hi: number,
  inLo: (cls: SampleClass) => boolean,
): [number, number] {
  for (;;) {
    const m = A.format.round((lo + hi) / 2);
    if (m === lo || m === hi) return [lo, hi];
    if (inLo(evaluate(f, c, m, A))) lo = m;
    else hi = m;
  }
}

function analyzeFormula(
  f: Formula,
  c: PrecisionCase,
  A: Arith,
  xs: Float64Array,
  ref: Float64Array,
  gap: number,
): FormulaResult {
  const n = xs.length;
  const values = new Float64Array(n);
  const ulpErr = new Float64Array(n);
  const relErr = new Float64Array(n);
  const classes: SampleClass[] = [];
  for (let i = 0; i < n; i++) {
    const cls = evaluate(f, c, xs[i]!, A, ref[i]!);
    const value = last.value;
    values[i] = value;
    ulpErr[i] = ulpError(value, ref[i]!, A.format);
    relErr[i] = relativeError(value, ref[i]!);
    classes.push(cls);
  }
  // Runs of one failure class, bridging 'ok' gaps of up to `gap` samples (errors hovering at the bound).
  const runs: { cls: Exclude<SampleClass, 'ok'>; i: number; j: number }[] = [];
  classes.forEach((cls, i) => {
    if (cls === 'ok') return;
    const run = runs.at(-1);
    if (run?.cls === cls && i - run.j - 1 <= gap) run.j = i;
    else runs.push({ cls, i, j: i });
  });
  const regions: Region[] = [];
  const thresholds: Threshold[] = [];
  const addThreshold = ([lo, hi]: [number, number]): void => {
    if (thresholds.at(-1)?.x !== hi)
      thresholds.push({ x: hi, below: evaluate(f, c, lo, A), above: evaluate(f, c, hi, A) });
  };
  for (const { cls, i, j } of runs) {
    let from = xs[0]!;
    let to = xs[n - 1]!;
    if (i > 0) {
      const edge = refine(f, c, A, xs[i - 1]!, xs[i]!, (k) => k !== cls);
      from = edge[1];
      addThreshold(edge);
    }
    if (j < n - 1) {
      const edge = refine(f, c, A, xs[j]!, xs[j + 1]!, (k) => k === cls);
      to = edge[0];
      addThreshold(edge);
    }
    regions.push({ cls, from, to });
  }
  return { values, ulpError: ulpErr, relError: relErr, classes, regions, thresholds };
}

export interface AnalyzeOptions {
  /** The x range; the case's default range for the format if omitted. */
  readonly range?: readonly [number, number];
  /** Number of samples, evenly spaced then rounded to the format (default 601). */
  readonly samples?: number;
  /**
   * Failure regions of one class separated by at most this many 'ok' samples are shown as one region
   * (default 2% of the samples): near the bound the error flickers across it from one sample to the next.
   */
  readonly mergeGap?: number;
}

/** Sample a case in a format and analyse both formulas. */
export function analyze(c: PrecisionCase, format: Format, options: AnalyzeOptions = {}): Analysis {
  const [lo, hi] = options.range ?? c.range(format);
  const n = Math.max(2, options.samples ?? 601);
  const xs = new Float64Array(n);
  const reference = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = format.round(lo + ((hi - lo) * i) / (n - 1));
    reference[i] = c.reference(xs[i]!, format);
  }
  const A = createArith(format);
  const gap = options.mergeGap ?? Math.ceil(n / 50);
  return {
    xs,
    reference,
    naive: analyzeFormula(c.naive, c, A, xs, reference, gap),
    stable: analyzeFormula(c.stable, c, A, xs, reference, gap),
    lossBoundUlps: lossBoundUlps(format),
    referenceFloorUlps: format.name === 'float64' ? REFERENCE_FLOOR_ULPS : 0,
  };
}
