import { describe, expect, test } from 'vitest';
import { formatNumber, formatSci, formatTick, formatValue, superscript } from '../../src/lib/format/number';

describe('formatNumber', () => {
  test.each([
    [3.4, '3.4'],
    [-0.5, '−0.5'],
    [0, '0'],
    [-0, '0'],
    [1 / 3, '0.333333'],
    [4.248354255291589e-18, '4.24835e−18'],
    [-7.62e-23, '−7.62e−23'],
    [1e-300, '1e−300'],
    [2.5e12, '2.5e+12'],
    [NaN, 'NaN'],
    [Infinity, '∞'],
    [-Infinity, '−∞'],
  ])('formats %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test('honours the number of significant digits', () => {
    expect(formatNumber(Math.PI, 3)).toBe('3.14');
  });
});

describe('superscript', () => {
  test.each([
    [0, '⁰'],
    [7, '⁷'],
    [-3, '⁻³'],
    [-12, '⁻¹²'],
    [308, '³⁰⁸'],
  ])('%i → %s', (n, text) => expect(superscript(n)).toBe(text));

  test('rejects a fractional exponent', () => expect(() => superscript(1.5)).toThrow(RangeError));
});

describe('formatSci', () => {
  test.each([
    [1.9345e-7, 3, '1.93 × 10⁻⁷'],
    [-2.6104e-10, 3, '−2.61 × 10⁻¹⁰'],
    [4.37e-5, 2, '4.4 × 10⁻⁵'],
    [1e-3, 3, '1.00 × 10⁻³'],
    [123456, 4, '1.235 × 10⁵'],
    [3.2, 3, '3.20'],
    [0, 3, '0'],
    [NaN, 3, 'NaN'],
    [-Infinity, 3, '−∞'],
  ])('formatSci(%s, %i) = %s', (value, digits, text) => expect(formatSci(value, digits)).toBe(text));
});

describe('formatValue: fixed significant digits per context, × 10ⁿ outside [10⁻³, 10⁴)', () => {
  test.each([
    [0.8707, 'table', '0.871'],
    [0.871, 'readout', '0.8710'],
    [1.1289, 'readout', '1.129'],
    [1.93e-7, 'tooltip', '1.93 × 10⁻⁷'],
    [-0.5, 'table', '−0.500'],
    [0.0012345, 'table', '0.00123'],
    [9.9996e-4, 'readout', '0.001000'],
    [9.99e-4, 'table', '9.99 × 10⁻⁴'],
    [9999.4, 'readout', '9999'],
    [9999.6, 'readout', '1.000 × 10⁴'],
    [2.5e12, 'table', '2.50 × 10¹²'],
    [42, 'table', '42.0'],
    [0, 'table', '0'],
    [NaN, 'table', 'NaN'],
    [Infinity, 'table', '∞'],
  ] as const)('%s in a %s reads %s', (value, context, text) => expect(formatValue(value, context)).toBe(text));

  test('a number instead of a context gives that many digits', () => expect(formatValue(Math.PI, 5)).toBe('3.1416'));
});

describe('formatTick', () => {
  test.each([
    [1e-3, false, '10⁻³'],
    [2e-3, false, '2 × 10⁻³'],
    [5e-12, false, '5 × 10⁻¹²'],
    [1, false, '10⁰'],
    [1e20, false, '10²⁰'],
    [0.002, true, '0.002'],
    [20, true, '20'],
    [1e4, true, '10000'],
  ])('formatTick(%s, plain %s) = %s', (value, plain, text) => expect(formatTick(value, plain)).toBe(text));
});
