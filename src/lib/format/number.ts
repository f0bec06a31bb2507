/** Number formatting shared by tables, read-outs and worked examples. */

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
