import { describe, expect, it } from 'vitest';
import { formats, nextValue } from '../../../src/lib/labs/precision/formats';

const f16 = formats.float16;
const bf16 = formats.bfloat16;

/** IEEE binary16 decoded from its bits by the definition (independent of the code under test). */
function decodeHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  return sign * (e === 0 ? m * 2 ** -24 : (1 + m / 1024) * 2 ** (e - 15));
}

const f32view = new DataView(new ArrayBuffer(4));
/** bfloat16 bits as the top half of a float32. */
function decodeBf16(bits: number): number {
  f32view.setUint32(0, bits << 16);
  return f32view.getFloat32(0);
}
/** float32 → bfloat16 by rounding the float32 bits to nearest even (the usual bit trick, NaN aside). */
function bf16FromFloat32Bits(x: number): number {
  f32view.setFloat32(0, x);
  const b = f32view.getUint32(0);
  return decodeBf16((b + 0x7fff + ((b >>> 16) & 1)) >>> 16);
}

describe('float16', () => {
  it('maps each of the 65,536 bit patterns back to itself (NaNs to NaN)', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      const v = decodeHalf(bits);
      if (Number.isNaN(v)) expect(f16.round(v)).toBeNaN();
      else if (!Object.is(f16.round(v), v)) expect.fail(`pattern ${bits.toString(16)} → ${f16.round(v)}`);
    }
  });
  it('rounds every midpoint between adjacent finite values to the one with an even last bit', () => {
    for (let bits = 0; bits < 0x7bff; bits++) {
      const mid = (decodeHalf(bits) + decodeHalf(bits + 1)) / 2;
      const even = decodeHalf(bits % 2 === 0 ? bits : bits + 1);
      if (f16.round(mid) !== even || f16.round(-mid) !== -even) expect.fail(`midpoint above ${bits.toString(16)}`);
    }
  });
  it('keeps 65504, rounds 65519.99 down to it and 65520 and beyond to Infinity', () => {
    expect(f16.round(65504)).toBe(65504);
    expect(f16.round(65519.99)).toBe(65504);
    expect(f16.round(65520)).toBe(Infinity);
    expect(f16.round(-65520)).toBe(-Infinity);
    expect(f16.round(1e6)).toBe(Infinity);
  });
  it('has subnormals down to 2^-24 and flushes half of that (a tie) to +0 or −0', () => {
    expect(f16.round(2 ** -24)).toBe(2 ** -24);
    expect(f16.round(2 ** -25)).toBe(0);
    expect(Object.is(f16.round(-(2 ** -25)), -0)).toBe(true);
    expect(f16.round(2 ** -25 * 1.0001)).toBe(2 ** -24);
    expect(f16.round(3 * 2 ** -25)).toBe(2 ** -23); // tie between 1 and 2 quanta → 2
  });
  it('states its constants and spacing', () => {
    expect([f16.maxFinite, f16.minNormal, f16.minSubnormal, f16.epsilon]).toEqual([
      65504,
      2 ** -14,
      2 ** -24,
      2 ** -10,
    ]);
    expect([f16.ulp(1), f16.ulp(65504), f16.ulp(1e-6), f16.ulp(0), f16.ulp(-3)]).toEqual([
      2 ** -10,
      32,
      2 ** -24,
      2 ** -24,
      2 ** -9,
    ]);
  });
  it('steps to the neighbouring value in both directions, across binades and zero', () => {
    for (let bits = 0; bits < 0x7bff; bits += 7) {
      expect(nextValue(f16, decodeHalf(bits), 1)).toBe(decodeHalf(bits + 1));
      expect(nextValue(f16, decodeHalf(bits + 1), -1)).toBe(decodeHalf(bits));
      expect(nextValue(f16, -decodeHalf(bits + 1), 1) + 0).toBe(-decodeHalf(bits) + 0); // ±0 alike
    }
  });
});

describe('bfloat16', () => {
  it('maps every bit pattern back to itself', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      const v = decodeBf16(bits);
      if (!Number.isNaN(v) && !Object.is(bf16.round(v), v)) expect.fail(`pattern ${bits.toString(16)}`);
    }
  });
  it('agrees with rounding the float32 bits on a spread of float32 values, midpoints included', () => {
    for (let bits = 0; bits < 0x7f7f; bits += 13) {
      const a = decodeBf16(bits);
      const b = decodeBf16(bits + 1);
      for (const x of [(a + b) / 2, Math.fround(a + (b - a) * 0.3), Math.fround(a + (b - a) * 0.7)]) {
        expect(bf16.round(x)).toBe(bf16FromFloat32Bits(x));
        expect(bf16.round(-x)).toBe(-bf16FromFloat32Bits(x));
      }
    }
  });
  it('shares float32 range with 8 significant bits', () => {
    expect(bf16.maxFinite).toBe(decodeBf16(0x7f7f));
    expect(bf16.round(bf16.maxFinite + 2 ** 119)).toBe(Infinity); // the tie above the max goes to ∞
    expect(bf16.round(bf16.maxFinite + 2 ** 118)).toBe(bf16.maxFinite);
    expect([bf16.minNormal, bf16.minSubnormal, bf16.epsilon, bf16.ulp(1)]).toEqual([
      2 ** -126,
      2 ** -133,
      2 ** -7,
      2 ** -7,
    ]);
  });
});

describe('float32 and float64', () => {
  it('float32 rounds as Math.fround and states its constants', () => {
    for (const x of [0.1, 1 / 3, 3.4028235677973366e38, 1e-46, 2 ** -150, -7.5e-39]) {
      expect(formats.float32.round(x)).toBe(Math.fround(x));
    }
    const { maxFinite, minNormal, minSubnormal, epsilon } = formats.float32;
    expect([maxFinite, minNormal, minSubnormal, epsilon]).toEqual([
      3.4028234663852886e38,
      2 ** -126,
      2 ** -149,
      2 ** -23,
    ]);
    expect(formats.float32.ulp(1)).toBe(2 ** -23);
  });
  it('float64 rounds by identity and has the double constants', () => {
    expect(formats.float64.round(0.1)).toBe(0.1);
    expect(formats.float64.maxFinite).toBe(Number.MAX_VALUE);
    expect(formats.float64.minSubnormal).toBe(Number.MIN_VALUE);
    expect(formats.float64.epsilon).toBe(Number.EPSILON);
    expect(formats.float64.ulp(1)).toBe(Number.EPSILON);
  });
});
