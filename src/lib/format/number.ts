/**
 * Number formatting shared by tables, read-outs, tooltips, axis ticks and worked examples: one style for the
 * site. A context fixes the number of significant digits; magnitudes outside [10⁻³, 10⁴) print as m × 10ⁿ.
 */

/**
 * A number as a reader wants it: up to `digits` significant digits, no trailing zeros, exponent notation for
 * very small or very large magnitudes, a true minus sign, and NaN/±∞ spelled out.
 */
export function formatNumber(value: number, digits = 6): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e-4 && magnitude < 1e9
      ? String(Number(value.toPrecision(digits)))
      : value.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return text.replaceAll('-', '−');
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer exponent in Unicode superscripts: −7 → "⁻⁷". */
export function superscript(exponent: number): string {
  if (!Number.isInteger(exponent)) throw new RangeError(`superscript needs an integer, got ${exponent}`);
  const digits = [...String(Math.abs(exponent))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  return (exponent < 0 ? '⁻' : '') + digits;
}

/** Significant digits per context: tables and tooltips 3, read-outs and prose 4. */
export const numberDigits = { table: 3, tooltip: 3, readout: 4, prose: 4 } as const;
export type NumberContext = keyof typeof numberDigits;

/** Below this magnitude (or at and above `SCI_ABOVE`), values print as m × 10ⁿ. */
const SCI_BELOW = 1e-3;
const SCI_ABOVE = 1e4;

const special = (value: number): string | undefined =>
  Number.isNaN(value) ? 'NaN' : value === Infinity ? '∞' : value === -Infinity ? '−∞' : undefined;

/**
 * Scientific notation with `digits` significant digits (trailing zeros kept, so a column reads evenly):
 * 1.9345e-7 → "1.93 × 10⁻⁷". An exponent of 0 prints the mantissa alone.
 */
export function formatSci(value: number, digits = 3): string {
  const named = special(value);
  if (named) return named;
  if (value === 0) return '0';
  const [mantissa, exponent] = value.toExponential(Math.max(0, digits - 1)).split('e') as [string, string];
  const power = Number(exponent);
  const m = mantissa.replace('-', '−');
  return power === 0 ? m : `${m} × 10${superscript(power)}`;
}

/**
 * A value with the digits of its context: plain decimals for magnitudes in [10⁻³, 10⁴), m × 10ⁿ outside,
 * always `digits` significant digits (0.8710 beside 0.8707, never 0.871). Zero prints as "0".
 */
export function formatValue(value: number, context: NumberContext | number = 'table'): string {
  const digits = typeof context === 'number' ? context : numberDigits[context];
  const named = special(value);
  if (named) return named;
  if (value === 0) return '0';
  // Decide on the rounded value, so 9.9996e-4 (→ 1.000e-3) prints as 0.001000, not 10.00 × 10⁻⁴.
  const rounded = Number(value.toPrecision(digits));
  const magnitude = Math.abs(rounded);
  if (magnitude < SCI_BELOW || magnitude >= SCI_ABOVE) return formatSci(value, digits);
  const power = Math.floor(Math.log10(magnitude) + 1e-12);
  return rounded.toFixed(Math.max(0, digits - 1 - power)).replace('-', '−');
}

/**
 * An axis tick at m·10ⁿ (m in 1…9): "10⁻³" or "2 × 10⁻³", or with `plain` a decimal ("0.002", "20"). The
 * caller chooses one style per axis, so labels on one axis never mix the two.
 */
export function formatTick(value: number, plain = false): string {
  const named = special(value);
  if (named) return named;
  if (value === 0) return '0';
  if (plain) return String(Number(value.toPrecision(6))).replace('-', '−');
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
  const power = superscript(Number(exponent));
  const m = mantissa.replace('-', '−');
  return m === '1' ? `10${power}` : m === '−1' ? `−10${power}` : `${m} × 10${power}`;
}
