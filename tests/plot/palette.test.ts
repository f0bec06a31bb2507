import { describe, expect, test } from 'vitest';
import { activationIds } from '../../src/lib/activations';
import {
  curveStyles,
  derivativeStyle,
  functionStyle,
  palette,
  STYLE_CAPACITY,
  swatchSvg,
} from '../../src/lib/plot/palette';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const key = (s: { color: string; dash: readonly number[] }) => `${s.color}/${s.dash.join(' ')}`;

describe('functionStyle', () => {
  test('gives every registry id its own colour and dash', () => {
    expect(activationIds.length).toBeLessThanOrEqual(STYLE_CAPACITY);
    const keys = activationIds.map((id) => key(functionStyle(id)));
    expect(new Set(keys).size).toBe(activationIds.length);
  });

  test('ReLU6 no longer looks like Identity', () => {
    expect(key(functionStyle('relu6'))).not.toBe(key(functionStyle('identity')));
  });

  test('is stable: the same id always gets the same style', () => {
    expect(functionStyle('sigmoid')).toEqual(functionStyle('sigmoid'));
    expect(functionStyle('sigmoid').color).toBe(palette[activationIds.indexOf('sigmoid') % palette.length]);
  });

  test('every colour has at least 3:1 contrast on the light (#ffffff) and dark (#111418) page', () => {
    for (const colour of palette) {
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, '#111418'), colour).toBeGreaterThanOrEqual(3);
    }
  });

  test('a derivative keeps its colour but never its function’s solid line', () => {
    const f = functionStyle('identity');
    expect(f.dash).toEqual([]);
    expect(derivativeStyle(f).color).toBe(f.color);
    expect(derivativeStyle(f).dash.length).toBeGreaterThan(0);
  });
});

describe('curveStyles', () => {
  test('copies of one function and formulas never reuse a style on the same chart', () => {
    const ids = ['leaky-relu', 'leaky-relu', 'leaky-relu', 'custom:1', 'custom:2', ...activationIds];
    const styles = curveStyles(ids);
    expect(new Set(styles.map(key)).size).toBe(ids.length);
  });

  test('the first curve of an id has its site-wide style; a copy keeps the colour', () => {
    const [first, copy] = curveStyles(['leaky-relu', 'leaky-relu']);
    expect(first).toEqual(functionStyle('leaky-relu'));
    expect(copy!.color).toBe(first!.color);
    expect(copy!.dash).not.toEqual(first!.dash);
  });

  test('a formula listed first does not take a registry id’s style', () => {
    const [formula, relu] = curveStyles(['custom:1', 'relu']);
    expect(relu).toEqual(functionStyle('relu'));
    expect(key(formula!)).not.toBe(key(relu!));
  });
});

test('swatchSvg draws a solid, a derivative-dashed or a given dash', () => {
  expect(swatchSvg('#000')).not.toContain('dasharray');
  expect(swatchSvg('#000', true)).toContain('stroke-dasharray');
  expect(swatchSvg('#000', [10, 4])).toContain('stroke-dasharray="7 2.8"');
});
