/**
 * Logarithmic axes a reader can read: bounds that enclose the data, ticks at powers of ten (every k-th
 * decade when there are many), or at 1, 2 and 5 × 10ⁿ when the data span less than two decades, each with
 * a distinct label. Independent of any chart library: Chart.js, SVG or a table can use the result.
 */
import { formatTick } from '../format/number';

export interface Tick {
  readonly value: number;
  readonly label: string;
}

export interface LogAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly Tick[];
}

/** Below this span (in decades) of the data, ticks go at 1, 2, 5 × 10ⁿ. */
const SHORT_SPAN = 2;
/** Exponents a double can carry as a positive normal-ish value: 1e-323 (subnormal) … 1e308. */
const MIN_EXPONENT = -323;
const MAX_EXPONENT = 308;
/** Labels print as plain decimals when every tick lies in [10⁻², 10⁴]. */
const PLAIN = [-2, 4] as const;
/** Decade strides tried in order when there are too many decades to label each one. */
const STRIDES = [1, 2, 3, 5, 10, 20, 25, 50, 100];

/** m × 10ⁿ as the double nearest that decimal (1e-3 * 2 is 0.0020000000000000005; "2e-3" parses exactly). */
const decimal = (m: number, n: number) => Number(`${m}e${n}`);

/** The positive, finite values a log axis can show; zeros, negatives and NaN are the caller's to report. */
export function logExtent(values: Iterable<number>): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(v > 0) || v === Infinity) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** The 1-2-5 values m × 10ⁿ, in order, from the largest one ≤ lo to the smallest one ≥ hi. */
function oneTwoFive(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let n = Math.floor(Math.log10(lo)) - 1; n <= Math.ceil(Math.log10(hi)) + 1; n++) {
    for (const m of [1, 2, 5]) out.push(decimal(m, n));
  }
  const first = out.findLastIndex((v) => v <= lo);
  const last = out.findIndex((v) => v >= hi);
  let slice = out.slice(Math.max(0, first), last + 1);
  // A flat series (lo = hi on a 1-2-5 value) still gets an axis: one step either side.
  if (slice.length < 2) slice = out.slice(Math.max(0, first - 1), last + 2);
  return slice;
}

/** The labels of one axis: plain decimals when every tick allows it, otherwise 10ⁿ style throughout. */
function label(values: readonly number[]): Tick[] {
  const plain = values.every((v) => v >= decimal(1, PLAIN[0]) && v <= decimal(1, PLAIN[1]));
  return values.map((value) => ({ value, label: formatTick(value, plain) }));
}

/**
 * A log axis for data from `lo` to `hi` (both > 0; anything else is ignored, and with nothing usable the axis
 * is 0.1…10). At most about `maxTicks` ticks; the bounds are ticks or decades, so no curve is cut.
 */
export function logAxis(lo: number, hi: number, maxTicks = 8): LogAxis {
  const extent = logExtent([lo, hi]) ?? [0.1, 10];
  const [a, b] = extent;
  if (Math.log10(b / a) < SHORT_SPAN) {
    const values = oneTwoFive(a, b);
    return { min: values[0]!, max: values[values.length - 1]!, ticks: label(values) };
  }
  const first = Math.max(MIN_EXPONENT, Math.floor(Math.log10(a) + 1e-12));
  const last = Math.min(MAX_EXPONENT, Math.ceil(Math.log10(b) - 1e-12));
  // log10 of a double can round across a decade: make sure [10^first, 10^last] really encloses the data.
  const low = Math.max(MIN_EXPONENT, decimal(1, first) > a ? first - 1 : first);
  const high = Math.min(MAX_EXPONENT, decimal(1, last) < b ? last + 1 : last);
  const decades = high - low;
  const stride = STRIDES.find((k) => Math.floor(decades / k) + 1 <= maxTicks) ?? Math.ceil(decades / maxTicks);
  const exponents: number[] = [];
  for (let n = Math.ceil(low / stride) * stride; n <= high; n += stride) exponents.push(n);
  // Only at the ends of the double range (below 1e-323, above 1e308) can a bound fall inside the data.
  const [min, max] = [Math.min(decimal(1, low), a), Math.max(decimal(1, high), b)];
  return { min, max, ticks: label(exponents.map((n) => decimal(1, n))) };
}

/** A log axis as bare tick values plus a labeller, for charts that label their own ticks (Chart.js callbacks). */
export interface NumericLogAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: number[];
  /** The label of a tick value (every tick of this axis has a distinct one). */
  label(value: number): string;
}

/** logAxis, with the ticks as numbers: the training lab's loss axis. */
export function logTicks(lo: number, hi: number, maxTicks = 8): NumericLogAxis {
  const axis = logAxis(lo, hi, maxTicks);
  const labels = new Map(axis.ticks.map((t) => [t.value, t.label]));
  return {
    min: axis.min,
    max: axis.max,
    ticks: axis.ticks.map((t) => t.value),
    label: (value) => labels.get(value) ?? formatTick(value),
  };
}
