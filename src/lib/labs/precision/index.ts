/**
 * The precision lab's computation (no DOM): how a textbook formula and a stable one fare in float64,
 * float32, bfloat16 and float16.
 *
 * Usage, for a page that lets the reader pick a case and a format:
 * ```ts
 * import { analyze, getCase, getFormat } from '../lib/labs/precision';
 * const result = analyze(getCase('softplus'), getFormat('float16'));           // 601 samples, default range
 * result.xs, result.reference                                                  // the x grid and true values
 * result.naive.values / .ulpError / .relError / .classes                       // one entry per sample
 * result.naive.regions   // [{ cls: 'overflow', from: 11.09375, to: 20 }, …]  shade these
 * result.naive.thresholds // [{ x: 11.09375, below: 'ok', above: 'overflow' }, …] exact, not sampled
 * ```
 * - `formats` (formats.ts): each format's constants, `round` (to nearest, ties to even) and `ulp`.
 * - `createArith` (arith.ts): ops that round after every operation, with IEEE-style flags; its doc comment
 *   says how this differs from real hardware (float32 registers, FMA, library exp, float32 accumulation).
 * - `precisionCases` (cases.ts): softplus, sigmoid, GELU, tanhshrink, log-sigmoid, softmax of [x, x−1, x−2].
 * - References (reference.ts) are double-precision: exact for the narrow formats, good to
 *   `REFERENCE_FLOOR_ULPS` for float64 (`analysis.referenceFloorUlps` says so per result).
 * - Classes (analyze.ts): 'ok' within `lossBoundUlps` = 2^(p/2) ulps; otherwise 'nan', 'overflow',
 *   'underflow' or 'cancellation' by the flags the evaluation raised.
 */
export { formatNames, formats, getFormat, nextValue, type Format, type FormatName } from './formats';
export { createArith, type Arith, type Flags } from './arith';
export { caseIds, getCase, precisionCases, type CaseId, type PrecisionCase } from './cases';
export { REFERENCE_FLOOR_ULPS, softmaxLogits, tanhshrinkRef } from './reference';
export {
  analyze,
  classify,
  lossBoundUlps,
  relativeError,
  ulpError,
  type AnalyzeOptions,
  type Analysis,
  type FormulaResult,
  type Region,
  type SampleClass,
  type Threshold,
} from './analyze';
