import { describe, expect, it } from 'vitest';
import { analyze, lossBoundUlps } from '../../../src/lib/labs/precision/analyze';
import { getCase, precisionCases } from '../../../src/lib/labs/precision/cases';
import { formatNames, formats, nextValue, type FormatName } from '../../../src/lib/labs/precision/formats';

const run = (id: Parameters<typeof getCase>[0], f: FormatName) => analyze(getCase(id), formats[f]);
const narrow = ['float32', 'bfloat16', 'float16'] as const;

describe('stable forms', () => {
  for (const c of precisionCases) {
    for (const f of formatNames) {
      it(`${c.id} in ${f} stays within a few ulps over its range`, () => {
        const a = analyze(c, formats[f]);
        a.xs.forEach((x, i) => {
          // GELU: rounding t = −x/√2 (and √½) costs up to 2^−p relative in t, which erfc (condition 2t² = x²)
          // turns into up to 2x² ulps; the other stable forms have no such amplification.
          const allowance = c.id === 'gelu' ? 4 + 2 * x * x : 4;
          expect(a.stable.ulpError[i], `x = ${x}`).toBeLessThanOrEqual(allowance);
        });
        expect(a.stable.regions).toEqual([]);
      });
    }
  }
});

describe('where the naive forms break', () => {
  for (const f of formatNames) {
    const { maxFinite, minSubnormal } = formats[f];
    // Rounding to nearest overflows at maxFinite + half an ulp of it: e^x is ∞ from ln of that on.
    const lnOverflow = Math.log(maxFinite) + Math.log1p(formats[f].ulp(maxFinite) / 2 / maxFinite);
    it(`softplus overflows in ${f} from the first x whose rounded e^x is ∞, just above ln(max) ≈ ${lnOverflow.toFixed(3)}`, () => {
      const t = run('softplus', f).naive.thresholds.find((t) => t.above === 'overflow')!;
      expect(t.below).toBe('ok');
      expect(formats[f].round(Math.exp(t.x))).toBe(Infinity);
      expect(formats[f].round(Math.exp(nextValue(formats[f], t.x, -1)))).toBeLessThan(Infinity);
      expect(t.x).toBeGreaterThanOrEqual(lnOverflow - 1e-12);
      expect(t.x - lnOverflow).toBeLessThanOrEqual(formats[f].ulp(t.x));
    });
    it(`sigmoid gives 0 (1/∞, never NaN) in ${f} once e^−x overflows, while σ(x) is still representable`, () => {
      const a = run('sigmoid', f);
      expect(a.naive.classes).not.toContain('nan');
      const region = a.naive.regions.find((r) => r.cls === 'overflow')!;
      expect(formats[f].round(Math.exp(-region.to))).toBe(Infinity);
      expect(formats[f].round(Math.exp(-nextValue(formats[f], region.to, 1)))).toBeLessThan(Infinity);
      // Below ln(bound·minSubnormal), 0 is within the loss bound of the true σ(x) ≈ e^x.
      // (In float64 the double reference is itself a subnormal there, quantized to 1/bound relative.)
      const bound = lossBoundUlps(formats[f]);
      const lower = Math.log(bound * minSubnormal);
      const slack = 2 * formats[f].ulp(lower) + (f === 'float64' ? 1 / bound : 0);
      expect(Math.abs(region.from - lower)).toBeLessThanOrEqual(slack);
      a.xs.forEach((x, i) => x <= region.to && x >= region.from && expect(a.naive.values[i]).toBe(0));
    });
    it(`log-sigmoid is −∞ in ${f} for x below −ln(max)`, () => {
      const a = run('log-sigmoid', f);
      const region = a.naive.regions[0]!;
      expect(region.cls).toBe('overflow');
      expect(Math.abs(region.to + lnOverflow)).toBeLessThanOrEqual(formats[f].ulp(lnOverflow));
      a.xs.forEach((x, i) => x <= region.to && expect(a.naive.values[i]).toBe(-Infinity));
    });
    it(`softmax of [x, x−1, x−2] is NaN in ${f} from Inf/Inf above ln(max) and from 0/0 below ln(minSubnormal/2)`, () => {
      const a = run('softmax', f);
      const nans = a.naive.regions.filter((r) => r.cls === 'nan');
      expect(nans).toHaveLength(2);
      expect(Math.abs(nans[1]!.from - lnOverflow)).toBeLessThanOrEqual(formats[f].ulp(lnOverflow));
      const lnZero = Math.log(minSubnormal) - Math.LN2; // ln(minSubnormal/2), which is 0 in double for float64
      expect(Math.abs(nans[0]!.to - lnZero)).toBeLessThanOrEqual(2 * formats[f].ulp(lnZero));
      a.xs.forEach((x, i) => {
        if (x >= nans[1]!.from || x <= nans[0]!.to) expect(a.naive.values[i]).toBeNaN();
        expect(a.stable.values[i]).not.toBeNaN();
      });
    });
  }
  it('softplus in float16 overflows from 11.09375, the first float16 value above ln(65520)', () => {
    // float16 values in [8, 16) are 2^-7 apart.
    const expected = Math.ceil(Math.log(65520) * 128) / 128;
    expect(expected).toBe(11.09375);
    expect(run('softplus', 'float16').naive.thresholds.find((t) => t.above === 'overflow')!.x).toBe(expected);
  });
  it('gelu cancels where 1 + erf(x/√2) loses more than half the bits, from x ≈ −2.3 (bf16) to −4.1 (float32)', () => {
    const spans = { float32: [-13, -4.1], bfloat16: [-5, -2.3], float16: [-4.8, -2.8] } as const;
    for (const f of narrow) {
      const region = run('gelu', f).naive.regions.find((r) => r.cls === 'cancellation')!;
      expect(region.from).toBeLessThanOrEqual(spans[f][0]);
      expect(region.to).toBeGreaterThanOrEqual(spans[f][1]);
    }
  });
  it('tanhshrink cancels around 0 in the narrow formats, and in float64 once |x| ≲ 1e-4', () => {
    const half = { float32: 0.016, bfloat16: 0.27, float16: 0.14 } as const;
    for (const f of narrow) {
      const region = run('tanhshrink', f).naive.regions[0]!;
      expect([region.cls, region.from <= -half[f], region.to >= half[f]]).toEqual(['cancellation', true, true]);
    }
    const a = analyze(getCase('tanhshrink'), formats.float64, { range: [1e-7, 2e-7], samples: 3 });
    expect(a.naive.classes).toEqual(['cancellation', 'cancellation', 'cancellation']);
  });
});
