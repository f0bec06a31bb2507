import { describe, expect, it } from 'vitest';
import {
  HEAT_CLASSES,
  ZERO_CLASS,
  darkHeat,
  heatClass,
  heatPaletteCss,
  lightHeat,
  niceLimit,
  surfaceLimit,
} from '../../src/lib/gated/colour';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (k: number) => {
    const c = parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

describe('heat-map colour scale', () => {
  it('has 11 classes in both palettes, the middle one for zero', () => {
    expect(lightHeat).toHaveLength(HEAT_CLASSES);
    expect(darkHeat).toHaveLength(HEAT_CLASSES);
    expect(ZERO_CLASS).toBe(5);
  });

  it('gets darker from zero to both ends on light pages, so it reads without hue', () => {
    for (let k = 0; k < ZERO_CLASS; k++) {
      expect(luminance(lightHeat[k]!)).toBeLessThan(luminance(lightHeat[k + 1]!));
      expect(luminance(lightHeat[HEAT_CLASSES - 1 - k]!)).toBeLessThan(luminance(lightHeat[HEAT_CLASSES - 2 - k]!));
    }
  });

  it('gets lighter from zero to both ends on dark pages', () => {
    for (let k = 0; k < ZERO_CLASS; k++) {
      expect(luminance(darkHeat[k]!)).toBeGreaterThan(luminance(darkHeat[k + 1]!));
      expect(luminance(darkHeat[HEAT_CLASSES - 1 - k]!)).toBeGreaterThan(luminance(darkHeat[HEAT_CLASSES - 2 - k]!));
    }
  });

  it('keeps the strongest classes at 3:1 contrast or more against the page in both schemes', () => {
    const contrast = (x: string, y: string) => {
      const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const k of [0, 10]) {
      expect(contrast(lightHeat[k]!, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(darkHeat[k]!, '#111418')).toBeGreaterThanOrEqual(3);
    }
  });

  it('rounds the colour limit up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceLimit(4)).toBe(5);
    expect(niceLimit(5)).toBe(5);
    expect(niceLimit(0.73)).toBe(1);
    expect(niceLimit(15.7)).toBe(20);
    expect(niceLimit(2.2)).toBe(2.5);
    expect(niceLimit(0)).toBe(1);
    expect(
      surfaceLimit([
        [-3.9, 1],
        [0, 2],
      ]),
    ).toBe(5);
  });

  it('puts values into 11 equal bands from −limit to +limit, clamping beyond', () => {
    expect(heatClass(0, 5)).toBe(5);
    expect(heatClass(-0.2, 5)).toBe(5); // |v| < 5/11
    expect(heatClass(0.5, 5)).toBe(6);
    expect(heatClass(5, 5)).toBe(10);
    expect(heatClass(9, 5)).toBe(10);
    expect(heatClass(-5, 5)).toBe(0);
    expect(heatClass(-4.6, 5)).toBe(0);
    expect(heatClass(-4.5, 5)).toBe(0); // (−0.9 + 1) / 2 · 11 = 0.55
    expect(heatClass(-4, 5)).toBe(1); // (−0.8 + 1) / 2 · 11 = 1.1
    expect(heatClass(Number.NaN, 5)).toBe(5);
  });

  it('writes a CSS rule per class, with the dark palette under prefers-color-scheme', () => {
    const css = heatPaletteCss('gated-explorer');
    expect(css).toContain('gated-explorer .h0{fill:#2d004b}');
    expect(css).toContain('@media (prefers-color-scheme: dark){gated-explorer .h0{fill:#d4ccff}');
    expect(css.match(/\.h\d+\{/g)).toHaveLength(22);
  });
});
