/**
 * The SwiGLU width calculator: LLaMA's rule for the hidden width of a gated feed-forward block, step by
 * step, and its parameter count beside a plain 4d block. The rule, from Meta's reference model.py:
 *
 *   h = 4d;  h = int(2h / 3);  if ffn_dim_multiplier: h = int(ffn_dim_multiplier · h);
 *   h = multiple_of · ceil(h / multiple_of)
 *
 * The steps here are recomputed independently for display; the final width is the activation module's
 * swigluHiddenWidth, and a unit test checks that both agree.
 */
import { formatNumber } from '../format/number';
import { fill } from '../i18n/fill';

export interface FfnWidthInput {
  /** Model width d. */
  d: number;
  /** Round the hidden width up to a multiple of this (LLaMA: 256; LLaMA 2 70B: 4096; LLaMA 3: 1024). */
  multipleOf: number;
  /** Optional extra factor applied after the 2/3 (LLaMA 2 70B and LLaMA 3: 1.3). */
  ffnDimMultiplier?: number | undefined;
}

/** The module function that computes the width (injected so this file stays free of the registry). */
export type HiddenWidthFn = (d: number, options: { multipleOf: number; ffnDimMultiplier?: number }) => number;

export interface CalculatorStrings {
  stepFour: string;
  stepTwoThirds: string;
  stepMultiplier: string;
  stepRound: string;
  paramsGated: string;
  paramsPlain: string;
  ratio: string;
}

export interface FfnWidthResult {
  hidden: number;
  /** Each step as a sentence, with the arithmetic. */
  steps: string[];
  /** Weights of the gated block, 3·d·h (no biases, as in LLaMA). */
  gatedParams: number;
  /** Weights of a plain block of width 4d, 2·d·4d. */
  plainParams: number;
  /** Lines comparing the two counts. */
  comparison: string[];
}

/** Whole numbers with thin grouping, e.g. 135 266 304, so long counts stay readable. */
export const groupDigits = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, '\u2009');

export function ffnWidth(input: FfnWidthInput, hiddenWidth: HiddenWidthFn, strings: CalculatorStrings): FfnWidthResult {
  const { d, multipleOf, ffnDimMultiplier } = input;
  const four = 4 * d;
  // Python's int() truncates toward zero; every quantity here is positive, so that is Math.floor.
  const twoThirds = Math.floor((2 * four) / 3);
  const steps = [
    fill(strings.stepFour, { d: groupDigits(d), value: groupDigits(four) }),
    fill(strings.stepTwoThirds, {
      four: groupDigits(four),
      exact: formatNumber((2 * four) / 3, 9),
      value: groupDigits(twoThirds),
    }),
  ];
  let h = twoThirds;
  if (ffnDimMultiplier !== undefined) {
    const scaled = Math.floor(ffnDimMultiplier * h);
    steps.push(
      fill(strings.stepMultiplier, {
        m: formatNumber(ffnDimMultiplier),
        h: groupDigits(h),
        value: groupDigits(scaled),
      }),
    );
    h = scaled;
  }
  const options = ffnDimMultiplier === undefined ? { multipleOf } : { multipleOf, ffnDimMultiplier };
  const hidden = hiddenWidth(d, options);
  steps.push(
    fill(strings.stepRound, { h: groupDigits(h), multiple: groupDigits(multipleOf), value: groupDigits(hidden) }),
  );
  const gatedParams = 3 * d * hidden;
  const plainParams = 2 * d * four;
  const comparison = [
    fill(strings.paramsGated, { d: groupDigits(d), h: groupDigits(hidden), value: groupDigits(gatedParams) }),
    fill(strings.paramsPlain, { d: groupDigits(d), four: groupDigits(four), value: groupDigits(plainParams) }),
    fill(strings.ratio, { ratio: (gatedParams / plainParams).toFixed(4) }),
  ];
  return { hidden, steps, gatedParams, plainParams, comparison };
}

export type ParsedFfnInput = { ok: true; value: FfnWidthInput } | { ok: false; error: string };

export interface CalculatorErrors {
  /** Template with {name} and {max}. */
  wholeNumber: string;
  /** Template with {name}. */
  multiplier: string;
}

/** The calculator's form fields, checked: whole numbers for d and multiple_of, an optional positive factor. */
export function parseFfnInput(
  raw: { d: string; multipleOf: string; multiplier: string },
  errors: CalculatorErrors,
): ParsedFfnInput {
  const whole = (text: string, name: string, max: number) => {
    const value = Number(text.trim());
    return Number.isInteger(value) && value >= 1 && value <= max ? value : fill(errors.wholeNumber, { name, max });
  };
  const d = whole(raw.d, 'd', 1_000_000);
  if (typeof d === 'string') return { ok: false, error: d };
  const multipleOf = whole(raw.multipleOf, 'multiple_of', 1_000_000);
  if (typeof multipleOf === 'string') return { ok: false, error: multipleOf };
  if (raw.multiplier.trim() === '') return { ok: true, value: { d, multipleOf } };
  const ffnDimMultiplier = Number(raw.multiplier.trim());
  if (!(ffnDimMultiplier > 0 && ffnDimMultiplier <= 16))
    return { ok: false, error: fill(errors.multiplier, { name: 'ffn_dim_multiplier' }) };
  return { ok: true, value: { d, multipleOf, ffnDimMultiplier } };
}
