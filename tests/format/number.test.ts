import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/lib/format/number';

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
