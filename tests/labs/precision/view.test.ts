import { describe, expect, it } from 'vitest';
import { precisionNotes } from '../../../src/lib/i18n/en/precision-notes';
import { precision as zhPrecision } from '../../../src/lib/i18n/zh/precision';
import { analyze } from '../../../src/lib/labs/precision/analyze';
import { getCase } from '../../../src/lib/labs/precision/cases';
import { formats } from '../../../src/lib/labs/precision/formats';
import { PRECISION_DEFAULTS } from '../../../src/lib/labs/precision/state';
import {
  caseName,
  errorText,
  formatConstantsHtml,
  formatFacts,
  formatsTableHtml,
  labView,
  maxError,
  regionSentences,
} from '../../../src/lib/labs/precision/view';

describe('format facts', () => {
  // IEEE 754-2019 Table 3.5 (binary64, binary32, binary16) and bfloat16 (float32's exponent, 7 stored bits).
  const layouts = { float64: [11, 52], float32: [8, 23], bfloat16: [8, 7], float16: [5, 10] } as const;
  for (const [name, [exponentBits, storedBits]] of Object.entries(layouts)) {
    it(`${name} has ${exponentBits} exponent bits and ${storedBits} stored significand bits`, () => {
      const facts = formatFacts(formats[name as keyof typeof layouts]);
      expect([facts.exponentBits, facts.storedBits]).toEqual([exponentBits, storedBits]);
    });
  }
  it('float16’s largest finite value is 65504 and its ε is 2^−10; bfloat16’s largest is about 3.39e38', () => {
    expect(formatFacts(formats.float16).maxFinite).toBe(65504);
    expect(formatFacts(formats.float16).epsilon).toBe(1 / 1024);
    expect(formatFacts(formats.float16).minSubnormal).toBe(2 ** -24);
    // (2 − 2^−7)·2^127 = 255·2^120
    expect(formatFacts(formats.bfloat16).maxFinite).toBe(255 * 2 ** 120);
  });
  it('the constants table has one row per format, with 65504 in float16’s row', () => {
    const html = formatConstantsHtml(precisionNotes.formatsHead);
    expect(html.match(/<tr>/g)).toHaveLength(5);
    expect(html).toMatch(/float16<\/th><td>5<\/td><td>10<\/td><td>65504<\/td>/);
  });
});

describe('errors in words', () => {
  it('the largest error is NaN if any sample is NaN, else the maximum with ∞ included', () => {
    expect(maxError([1, NaN, 3])).toBeNaN();
    expect(maxError([1, Infinity, 3])).toBe(Infinity);
    expect(maxError([0.25, 0.5, 0])).toBe(0.5);
    expect(maxError([])).toBe(0);
  });
  it('writes ulps with their unit and relative errors without one', () => {
    expect(errorText(0.5, 'ulps')).toBe('0.5 ulps');
    expect(errorText(Infinity, 'ulps')).toBe('∞');
    expect(errorText(NaN, 'relative')).toBe('NaN');
    expect(errorText(0.000123, 'relative')).toBe('0.000123');
  });
  it('in float64 writes errors within the reference’s accuracy as a bound, never as an exact figure', () => {
    expect(errorText(0, 'ulps', undefined, 4)).toBe('≤ 4 ulps');
    expect(errorText(3.5, 'ulps', undefined, 4)).toBe('≤ 4 ulps');
    expect(errorText(5, 'ulps', undefined, 4)).toBe('5 ulps');
    const html = formatsTableHtml(getCase('sigmoid'), 'ulps');
    expect(html).toMatch(/<tr data-format="float64">.*<td>≤ 4 ulps<\/td><\/tr>/);
  });
});

describe('threshold sentences', () => {
  // float16 values in [8, 16) are 2^−7 apart; e^x overflows once it reaches 65504 + 16 (half an ulp of 65504).
  const softplusF16 = Math.ceil(Math.log(65520) * 128) / 128;
  it(`names naive softplus's float16 overflow from x ≥ ${softplusF16} to the end of the range`, () => {
    expect(softplusF16).toBe(11.09375);
    const a = analyze(getCase('softplus'), formats.float16);
    const sentences = regionSentences(a, getCase('softplus'), formats.float16);
    expect(sentences.find((s) => s.includes('overflows'))).toBe(
      'The textbook Softplus overflows in float16 for x ≥ 11.09375 (up to the end of the range shown, 20).',
    );
  });
  it('an interior region is given by both ends, and a region at the start by its end', () => {
    const c = getCase('tanhshrink');
    const interior = regionSentences(analyze(c, formats.float16), c, formats.float16)[0]!;
    expect(interior).toMatch(/^The textbook Tanhshrink loses more .* in float16 for x from −0\.\d+ to 0\.\d+\.$/);
    const ls = getCase('log-sigmoid');
    const atStart = regionSentences(analyze(ls, formats.float16), ls, formats.float16)[0]!;
    expect(atStart).toMatch(/overflows in float16 for x ≤ −11\.\d+ \(down to the start of the range shown, −20\)/);
  });
  it('says so when the textbook formula never fails in the range', () => {
    const c = getCase('softplus');
    const a = analyze(c, formats.float32, { range: [-5, 5] });
    expect(regionSentences(a, c, formats.float32)).toEqual([
      'The textbook Softplus stays within the failure bound everywhere in this range in float32.',
    ]);
  });
});

describe('the table of all four formats', () => {
  it('has a row per format, float16’s naming the overflow threshold, float32’s e^x limit near ln(2^128)', () => {
    const html = formatsTableHtml(getCase('softplus'), 'ulps');
    expect(html.match(/<tr data-format=/g)).toHaveLength(4);
    expect(html).toMatch(/<tr data-format="float16">.*overflow: x ≥ 11\.09375/);
    // First float32 (spacing 2^−17 in [64, 128)) at or above ln of (max finite + half an ulp) = ln(2^128 − 2^103).
    const f32 = Math.ceil(Math.log(2 ** 128 - 2 ** 103) * 2 ** 17) / 2 ** 17;
    expect(html).toContain(`overflow: x ≥ ${f32}<`);
    // The stable column of softmax shows no NaN in any format; the textbook one does.
    const softmax = formatsTableHtml(getCase('softmax'), 'relative');
    for (const row of softmax.split('<tr data-format=').slice(1)) {
      const cells = row.split('<td>');
      expect(cells[3]).toMatch(/^NaN/);
      expect(cells[4]).not.toMatch(/NaN|∞/);
    }
  });
});

describe('the default view', () => {
  it('shows softplus in float16 in ulps, with the overflow region shaded and labelled and its threshold marked', () => {
    const view = labView(PRECISION_DEFAULTS);
    expect(view.caption).toContain('Softplus in float16');
    expect(view.chart).toContain('class="region-bg overflow"');
    expect(view.chart).toContain('>overflow</text>');
    expect(view.chart).toContain('>11.09375</text>');
    expect(view.findings.some((s) => s.includes('x ≥ 11.09375'))).toBe(true);
    expect(view.findings.at(-1)).toContain('45.3 ulps in float16'); // 2^(11/2) = 45.25…
  });
});

describe('caseName', () => {
  it('keeps function names and words the softmax case in the table’s language', () => {
    expect(caseName(getCase('gelu'))).toBe('GELU');
    expect(caseName(getCase('softmax'))).toBe('Softmax of [x, x − 1, x − 2], largest probability');
    expect(caseName(getCase('softmax'), zhPrecision)).toMatch(/\p{Script=Han}/u);
    expect(caseName(getCase('gelu'), zhPrecision)).toBe('GELU');
  });
  it('names the softmax case in the Chinese view’s caption', () => {
    const view = labView({ ...PRECISION_DEFAULTS, fn: 'softmax' }, zhPrecision);
    expect(view.caption).toContain(zhPrecision.softmaxCase);
    expect(view.caption).not.toContain('largest probability');
  });
});
