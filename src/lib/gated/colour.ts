/**
 * The heat map's colour scale: a diverging scale in 11 classes, negative values purple, positive orange,
 * zero in the middle class. Purple–orange stays distinguishable under the common colour-vision deficiencies
 * (it is ColorBrewer's PuOr, listed by Harrower & Brewer 2003 as colour-blind safe), and the scale does not
 * rely on hue alone: lightness changes monotonically from zero to either end, so it also reads in greyscale.
 * Light pages use PuOr as published (pale middle, dark ends); dark pages mirror the lightness (dark middle,
 * bright ends) so the strongest values stand out from the page in both schemes.
 */

/** Number of colour classes; the middle one (index 5) holds values near zero. */
export const HEAT_CLASSES = 11;
export const ZERO_CLASS = (HEAT_CLASSES - 1) / 2;

/** Class colours from most negative to most positive, for a light page. */
export const lightHeat = [
  '#2d004b',
  '#542788',
  '#8073ac',
  '#b2abd2',
  '#d8daeb',
  '#f7f7f7',
  '#fee0b6',
  '#fdb863',
  '#e08214',
  '#b35806',
  '#7f3b08',
] as const;

/** Class colours from most negative to most positive, for a dark page: lightness grows away from zero. */
export const darkHeat = [
  '#d4ccff',
  '#a596e6',
  '#7a68bd',
  '#57498c',
  '#3a3357',
  '#262b33',
  '#4d3418',
  '#7a4f17',
  '#ad7019',
  '#e0962c',
  '#ffc27a',
] as const;

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above x: the colour scale runs from
 * −limit to +limit, and a round limit makes the legend readable. 0 (a surface that is zero everywhere) gets 1.
 */
export function niceLimit(x: number): number {
  const magnitude = Math.abs(x);
  if (!(magnitude > 0) || !Number.isFinite(magnitude)) return 1;
  const power = 10 ** Math.floor(Math.log10(magnitude));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    // A small tolerance keeps 2.0000000000000004 (a rounding of 2) at 2.
    if (factor * power >= magnitude * (1 - 1e-12)) return factor * power;
  }
  return 10 * power;
}

/** The colour limit of a sampled surface: the nice ceiling of its largest magnitude. */
export function surfaceLimit(values: readonly (readonly number[])[]): number {
  let largest = 0;
  for (const row of values) for (const v of row) if (Math.abs(v) > largest) largest = Math.abs(v);
  return niceLimit(largest);
}

/**
 * The class of a value on a scale from −limit to +limit: 11 equal bands, values beyond the limit in the end
 * classes. The middle class holds |value| < limit / 11, exact zeros included; NaN also falls there.
 */
export function heatClass(value: number, limit: number): number {
  if (Number.isNaN(value)) return ZERO_CLASS;
  const t = Math.min(1, Math.max(-1, value / limit));
  return Math.min(HEAT_CLASSES - 1, Math.floor(((t + 1) / 2) * HEAT_CLASSES));
}

/**
 * CSS that colours the heat-map classes `.h0` … `.h10` inside `scope`, with the dark palette under
 * prefers-color-scheme: dark (the site's only theme switch, see global.css).
 */
export function heatPaletteCss(scope: string): string {
  const rules = (palette: readonly string[]) => palette.map((colour, k) => `${scope} .h${k}{fill:${colour}}`).join('');
  return `${rules(lightHeat)}@media (prefers-color-scheme: dark){${rules(darkHeat)}}`;
}
