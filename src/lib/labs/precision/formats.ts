/**
 * Binary floating-point formats as the precision lab sees them: a precision p (significand bits, the
 * implicit leading bit included) and a minimum normal exponent emin, from which every other figure follows
 * (IEEE 754-2019 §3.3). Rounding is to nearest, ties to even, straight from a double: one rounding, so a
 * value computed in double and then narrowed is the correctly rounded result of the double.
 */
import type { FormatName } from './names';

export { formatNames, type FormatName } from './names';

export interface Format {
  readonly name: FormatName;
  /** Significand bits including the implicit one: 53, 24, 8, 11. */
  readonly precision: number;
  /** Largest finite value, (2 − 2^(1−p))·2^emax. */
  readonly maxFinite: number;
  /** Smallest positive normal value, 2^emin. */
  readonly minNormal: number;
  /** Smallest positive subnormal value, 2^(emin − p + 1). */
  readonly minSubnormal: number;
  /** The gap between 1 and the next larger value, 2^(1−p). */
  readonly epsilon: number;
  /** Round a double to the nearest value of the format, ties to even; overflow gives ±Infinity. */
  round(x: number): number;
  /** The spacing of the format's values at |x| (the subnormal spacing below minNormal); NaN for NaN or ±∞. */
  ulp(x: number): number;
}

const view = new DataView(new ArrayBuffer(8));

/** 2^k for every k a double can hold, indexed by k + 1074 (a table: Math.pow is the hot spot otherwise). */
const POW2 = Float64Array.from({ length: 2098 }, (_, i) => 2 ** (i - 1074));

/** The biased exponent of a normal double x (floor(log2 |x|) + 1023), read from its bits. */
function biasedExponent(x: number): number {
  view.setFloat64(0, x);
  return (view.getUint16(0) >> 4) & 0x7ff;
}

function defineFormat(name: FormatName, precision: number, emin: number): Format {
  const emax = 1 - emin;
  const epsilon = 2 ** (1 - precision);
  const maxFinite = (2 - epsilon) * 2 ** emax;
  const minNormal = 2 ** emin;
  const minSubnormal = 2 ** (emin - precision + 1);
  // Halfway between maxFinite and 2^(emax+1): at or beyond it RNE gives ∞ (maxFinite's last bit is odd).
  const overflowAt = maxFinite + 2 ** (emax - precision);
  /** The spacing of the format at a finite, nonzero |x| below overflowAt. */
  const quantum = (a: number): number =>
    a < minNormal ? minSubnormal : POW2[biasedExponent(a) - 1023 - precision + 1 + 1074]!;
  const round = (x: number): number => {
    const a = Math.abs(x);
    if (a === 0 || !Number.isFinite(a)) return x;
    if (a >= overflowAt) return x > 0 ? Infinity : -Infinity;
    const q = quantum(a);
    const r = a / q; // exact: q is a power of two and r < 2^p, far inside the doubles
    const n = Math.floor(r);
    const d = r - n;
    const k = d > 0.5 || (d === 0.5 && n % 2 === 1) ? n + 1 : n;
    const y = k * q;
    return x < 0 ? -y : y;
  };
  const ulp = (x: number): number => {
    const a = Math.abs(x);
    if (!Number.isFinite(a)) return NaN;
    if (a === 0) return minSubnormal;
    return quantum(Math.min(a, maxFinite));
  };
  return { name, precision, maxFinite, minNormal, minSubnormal, epsilon, round, ulp };
}

const float64Base = defineFormat('float64', 53, -1022);
const float32Base = defineFormat('float32', 24, -126);

/** The formats by name. float64 rounds by identity and float32 by Math.fround (both exact equivalents). */
export const formats: { readonly [Name in FormatName]: Format } = {
  float64: { ...float64Base, round: (x) => x },
  float32: { ...float32Base, round: Math.fround },
  // bfloat16: float32's 8-bit exponent with a 7-bit stored mantissa, so the same range as float32.
  bfloat16: defineFormat('bfloat16', 8, -126),
  // IEEE binary16: 5-bit exponent, 10-bit stored mantissa; max 65504, subnormals down to 2^−24.
  float16: defineFormat('float16', 11, -14),
};

/** The format with this name. */
export const getFormat = (name: FormatName): Format => formats[name];

/**
 * The format's value closest to x towards +∞ (steps = 1) or −∞ (steps = −1), x a finite value of the format:
 * a step of one quantum, taking the finer quantum when stepping down onto a binade boundary.
 */
export function nextValue(format: Format, x: number, direction: 1 | -1): number {
  if (x === 0) return direction * format.minSubnormal;
  const towardZero = Math.sign(x) !== direction;
  const a = Math.abs(x);
  // Leaving a power of two towards zero enters the binade below, whose spacing is half as large.
  const below = towardZero && a > format.minNormal && format.ulp(a) > format.ulp(a - format.ulp(a) / 2);
  const step = below ? format.ulp(a) / 2 : format.ulp(a);
  return x + direction * step;
}
