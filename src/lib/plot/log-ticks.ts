/**
 * Ticks for a logarithmic axis: powers of ten when the data spans several decades, 1-2-5 steps within a
 * decade when it spans few, and 1…9 when it spans less than about half a decade; the axis range snaps out
 * to the nearest ticks, so no curve is cut and no label repeats. Labels are exact (the values are m·10ᵏ with
 * a small integer m) in plain decimals from 0.001 to 9999 and as m × 10ᵏ (10ᵏ for m = 1) beyond. Pure.
 */

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** The integer k as a superscript: −3 → ⁻³. */
export const superscript = (k: number): string => [...String(k)].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** m·10ᵏ as a double, formed as m / 10⁻ᵏ for k < 0 so that 2·10⁻³ is exactly the double nearest 0.002. */
const tickValue = (m: number, k: number) => (k >= 0 ? m * 10 ** k : m / 10 ** -k);

/** A log-axis tick value as text: "0.02", "500", "10⁻⁵", "2 × 10⁻⁵" (true minus signs). */
export function formatLogTick(value: number): string {
  if (!(value > 0) || !Number.isFinite(value)) return String(value);
  const k = Math.floor(Math.log10(value) + 1e-9);
  const m = Math.round(value / 10 ** k);
  if (k >= -3 && k <= 3) return String(Number(value.toPrecision(6)));
  return m === 1 ? `10${superscript(k)}` : `${m} × 10${superscript(k)}`;
}

export interface LogAxis {
  /** Tick values, ascending, all distinct. */
  readonly ticks: number[];
  /** The axis range: the ticks just enclosing the data. */
  readonly min: number;
  readonly max: number;
}

/** At most this many labelled ticks: beyond it, powers of ten are thinned to every 2nd, 3rd, … decade. */
const MAX_TICKS = 8;

/**
 * Ticks and range for positive data from lo to hi (lo ≤ hi). Non-positive or non-finite bounds fall back
 * to one decade around what is usable.
 */
export function logTicks(lo: number, hi: number): LogAxis {
  if (!(lo > 0 && Number.isFinite(lo))) lo = hi > 0 && Number.isFinite(hi) ? hi / 10 : 0.1;
  if (!(hi >= lo && Number.isFinite(hi))) hi = lo * 10;
  const decades = Math.log10(hi / lo);
  const mantissas = decades > 2 ? [1] : decades > 0.6 ? [1, 2, 5] : [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const k0 = Math.floor(Math.log10(lo) + 1e-12);
  const k1 = Math.ceil(Math.log10(hi) - 1e-12);
  const all: number[] = [];
  for (let k = k0 - 1; k <= k1; k++) for (const m of mantissas) all.push(tickValue(m, k));
  // The range: the largest tick ≤ lo and the smallest ≥ hi.
  const min = Math.max(...all.filter((v) => v <= lo * (1 + 1e-12)));
  const max = Math.min(...all.filter((v) => v >= hi * (1 - 1e-12)));
  let ticks = all.filter((v) => v >= min && v <= max);
  if (mantissas.length === 1 && ticks.length > MAX_TICKS) {
    const step = Math.ceil(ticks.length / MAX_TICKS);
    const kMin = Math.round(Math.log10(min));
    ticks = ticks.filter((v) => (Math.round(Math.log10(v)) - kMin) % step === 0);
  }
  return { ticks, min, max: max === min ? tickValue(10, Math.round(Math.log10(min))) : max };
}
