import { describe, expect, it } from 'vitest';
import { swigluHiddenWidth } from '../../src/lib/activations';
import { ffnWidth, groupDigits, parseFfnInput } from '../../src/lib/gated/ffn-width';
import { gated } from '../../src/lib/i18n/en/gated';

const strings = gated.calculator.client;

describe('SwiGLU width calculator', () => {
  // Published hidden sizes (intermediate_size in the released configurations): LLaMA-7B 11008 (d 4096,
  // multiple_of 256), LLaMA 2 70B 28672 (d 8192, ×1.3, multiple_of 4096), Llama 3 8B 14336 (d 4096, ×1.3, 1024).
  it.each([
    [{ d: 4096, multipleOf: 256 }, 11008],
    [{ d: 5120, multipleOf: 256 }, 13824],
    [{ d: 8192, multipleOf: 4096, ffnDimMultiplier: 1.3 }, 28672],
    [{ d: 4096, multipleOf: 1024, ffnDimMultiplier: 1.3 }, 14336],
  ])('gives the published width for %o', (input, width) => {
    expect(ffnWidth(input, swigluHiddenWidth, strings).hidden).toBe(width);
  });

  it('shows the steps with Python’s truncation: 2 · 16384 / 3 = 10922.6667 becomes 10922, then 11008', () => {
    const { steps } = ffnWidth({ d: 4096, multipleOf: 256 }, swigluHiddenWidth, strings);
    expect(steps).toEqual([
      `Start from a plain block’s width: 4 × 4${'\u2009'}096 = 16${'\u2009'}384.`,
      `Take two thirds (three matrices instead of two): int(2 × 16${'\u2009'}384 / 3) = int(10922.6667) = 10${'\u2009'}922.`,
      `Round 10${'\u2009'}922 up to a multiple of 256: hidden width 11${'\u2009'}008.`,
    ]);
  });

  it('shows the multiplier step when ffn_dim_multiplier is given (int(1.3 · 21845) = 28398)', () => {
    const { steps } = ffnWidth({ d: 8192, multipleOf: 4096, ffnDimMultiplier: 1.3 }, swigluHiddenWidth, strings);
    expect(steps[2]).toBe(`Apply ffn_dim_multiplier: int(1.3 × 21${'\u2009'}845) = 28${'\u2009'}398.`);
  });

  it('agrees step by step with the module’s rule for every d from 1 to 3000', () => {
    for (let d = 1; d <= 3000; d++) {
      const expected = 256 * Math.ceil(Math.floor((8 * d) / 3) / 256);
      expect(ffnWidth({ d, multipleOf: 256 }, swigluHiddenWidth, strings).hidden).toBe(expected);
    }
  });

  it('counts 3·d·h weights against 8·d² for a plain 4d block', () => {
    const r = ffnWidth({ d: 4096, multipleOf: 256 }, swigluHiddenWidth, strings);
    expect(r.gatedParams).toBe(135_266_304);
    expect(r.plainParams).toBe(134_217_728);
    expect(r.comparison[2]).toBe('Ratio gated / plain: 1.0078.');
  });

  it('groups digits with thin spaces', () => {
    expect(groupDigits(135266304)).toBe('135\u2009266\u2009304');
    expect(groupDigits(256)).toBe('256');
  });

  it('rejects fractional, negative or missing widths and non-positive multipliers, with the field named', () => {
    const errors = strings;
    expect(parseFfnInput({ d: '4096', multipleOf: '256', multiplier: '' }, errors)).toEqual({
      ok: true,
      value: { d: 4096, multipleOf: 256 },
    });
    expect(parseFfnInput({ d: '40.5', multipleOf: '256', multiplier: '' }, errors)).toEqual({
      ok: false,
      error: 'd must be a whole number from 1 to 1000000.',
    });
    expect(parseFfnInput({ d: '4096', multipleOf: '0', multiplier: '' }, errors).ok).toBe(false);
    expect(parseFfnInput({ d: '4096', multipleOf: '256', multiplier: '-1' }, errors)).toEqual({
      ok: false,
      error: 'ffn_dim_multiplier must be a positive number up to 16, or empty.',
    });
    expect(parseFfnInput({ d: '4096', multipleOf: '256', multiplier: '1.3' }, errors)).toEqual({
      ok: true,
      value: { d: 4096, multipleOf: 256, ffnDimMultiplier: 1.3 },
    });
  });
});
