import { describe, expect, it } from 'vitest';
import { createArith } from '../../../src/lib/labs/precision/arith';
import { formats } from '../../../src/lib/labs/precision/formats';

const H = createArith(formats.float16);
const D = createArith(formats.float64);

describe('emulated arithmetic', () => {
  it('rounds after every operation: in float16, 1 + 2^-11 is a tie that stays 1, 1 + 3·2^-12 rounds up', () => {
    expect(H.add(1, 2 ** -11)).toBe(1);
    expect(H.add(1, 3 * 2 ** -12)).toBe(1 + 2 ** -10);
    // Two half-ulp additions each round back to 1, though their exact sum 1 + 2^-10 is a float16 value.
    expect(H.add(H.add(1, 2 ** -11), 2 ** -11)).toBe(1);
    expect(H.div(1, 3)).toBe(0.333251953125); // 0x3555
    expect(H.c(0.1)).toBe(0.0999755859375);
  });
  it('raises overflow when exp makes ∞ from a finite argument, and for log 0', () => {
    H.reset();
    expect(H.exp(12)).toBe(Infinity);
    expect(H.flags).toEqual({ overflow: true, underflow: false, invalid: false });
    H.reset();
    expect(H.log(0)).toBe(-Infinity);
    expect(H.flags.overflow).toBe(true);
    H.reset();
    expect(H.div(1, Infinity)).toBe(0); // exact: no flag
    expect(H.flags).toEqual({ overflow: false, underflow: false, invalid: false });
  });
  it('raises underflow for an inexact tiny result but not for an exact cancellation', () => {
    H.reset();
    expect(H.sub(1.5, 1.5)).toBe(0);
    expect(H.flags.underflow).toBe(false);
    expect(H.exp(-20)).toBe(0); // e^-20 ≈ 2.1e-9 < 2^-25
    expect(H.flags.underflow).toBe(true);
    D.reset();
    expect(D.exp(-800)).toBe(0);
    expect(D.flags.underflow).toBe(true);
    D.reset();
    expect(D.log(1)).toBe(0);
    expect(D.flags.underflow).toBe(false);
  });
  it('raises invalid for ∞/∞ and ∞ − ∞ but not when NaN comes in', () => {
    H.reset();
    expect(H.div(Infinity, Infinity)).toBeNaN();
    expect(H.flags.invalid).toBe(true);
    H.reset();
    expect(H.add(NaN, 1)).toBeNaN();
    expect(H.flags.invalid).toBe(false);
  });
  it('computes erf and erfc to double precision before rounding', () => {
    // erf(0.1), erf(1), erfc(3) from tables to 16 digits (Abramowitz & Stegun 7.1).
    expect(D.erf(0.1)).toBeCloseTo(0.1124629160182849, 15);
    expect(D.erf(-1)).toBeCloseTo(-0.8427007929497149, 15);
    expect(D.erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 13);
    expect(H.erf(1)).toBe(formats.float16.round(0.8427007929497149));
  });
});
