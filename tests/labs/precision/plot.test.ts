import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/labs/precision/analyze';
import { getCase } from '../../../src/lib/labs/precision/cases';
import { formats } from '../../../src/lib/labs/precision/formats';
import { chartMarkup, decadeLabel, errorFloor, errorScale, errorY, PLOT } from '../../../src/lib/labs/precision/plot';

describe('the error scale', () => {
  const scale = errorScale([[0, 0.03, 2, Infinity, NaN]], 0, [45]);
  it('spans whole decades from the smallest to the largest finite error above the floor', () => {
    expect([scale.lo, scale.hi]).toEqual([-2, 2]);
  });
  it('puts exact results on a floor row below every decade and ∞/NaN on a row above, never off the chart', () => {
    const bottom = errorY(10 ** scale.lo, scale);
    const top = errorY(10 ** scale.hi, scale);
    expect(errorY(0, scale)).toBeGreaterThan(bottom);
    expect(errorY(0, scale)).toBeLessThan(PLOT.height - PLOT.bottom);
    expect(errorY(Infinity, scale)).toBeLessThan(top);
    expect(errorY(NaN, scale)).toBe(errorY(Infinity, scale));
    expect(errorY(Infinity, scale)).toBeGreaterThan(PLOT.top);
  });
  it('is monotone: a larger error is drawn higher', () => {
    expect(errorY(0.5, scale)).toBeGreaterThan(errorY(1, scale));
    expect(errorY(1, scale)).toBeGreaterThan(errorY(40, scale));
  });
  it('in float64 puts errors within the reference’s accuracy (4 ulps, or 4ε relative) on the floor row', () => {
    const a = analyze(getCase('sigmoid'), formats.float64, { range: [-5, 5], samples: 11 });
    expect(errorFloor(a, formats.float64, 'ulps')).toBe(4);
    expect(errorFloor(a, formats.float64, 'relative')).toBe(4 * 2 ** -52);
    const s = errorScale([[3, 100]], 4);
    expect(errorY(3, s)).toBe(errorY(0, s));
    expect(errorY(5, s)).toBeLessThan(errorY(0, s));
  });
  it('labels decades with superscript exponents', () => {
    expect([decadeLabel(-3), decadeLabel(0), decadeLabel(12)]).toEqual(['10⁻³', '10⁰', '10¹²']);
  });
  it('with every error on the floor, still draws a scale', () => {
    expect(errorScale([[0, 0]], 0)).toEqual({ floor: 0, lo: -1, hi: 1 });
  });
});

describe('the chart', () => {
  const a = analyze(getCase('softmax'), formats.float16);
  const svg = chartMarkup({ analysis: a, format: formats.float16, measure: 'ulps', range: [-20, 20] });
  it('shades both NaN regions of the textbook softmax with the NaN pattern', () => {
    expect(svg.match(/<rect class="region-bg nan"/g)).toHaveLength(2);
    expect(svg.match(/fill="url\(#pl-nan\)"/g)).toHaveLength(2);
  });
  it('draws a dotted line at each threshold and both curves through every sample', () => {
    expect(svg.match(/class="threshold"/g)).toHaveLength(a.naive.thresholds.length);
    for (const cls of ['naive', 'stable']) {
      const d = new RegExp(`class="curve ${cls}" d="([^"]*)"`).exec(svg)![1]!;
      expect(d.match(/[ML]/g)).toHaveLength(a.xs.length);
    }
  });
  it('draws NaN samples of the textbook form on the top row', () => {
    const d = /class="curve naive" d="M([^ ]+) ([^L]+)L/.exec(svg)!;
    expect(a.naive.values[0]).toBeNaN();
    expect(Number(d[2])).toBe(errorY(NaN, errorScale([a.naive.ulpError], 0)));
  });
});

describe('the float64 floor', () => {
  it('labels the bottom row with the reference’s accuracy and draws no decade on top of it', () => {
    const a = analyze(getCase('tanhshrink'), formats.float64);
    const rel = chartMarkup({ analysis: a, format: formats.float64, measure: 'relative', range: [-4, 4] });
    // 4 ulps relative: 4·2^−52 ≈ 8.9e−16, whose decade 10⁻¹⁶ lies below the floor.
    expect(rel).toContain('>≤ 8.9e−16</text>');
    expect(rel).not.toContain('>10⁻¹⁶</text>');
    const ulps = chartMarkup({ analysis: a, format: formats.float64, measure: 'ulps', range: [-4, 4] });
    expect(ulps).toContain('>≤ 4 ulps</text>');
    expect(ulps).not.toContain('>10⁰</text>'); // 1 ulp ≤ 4 ulps: on the floor row
  });
});
