/**
 * Curve colours and line styles, one per function across the site (comparison page, labs, guides, function
 * pages), so Sigmoid is the same colour wherever a reader meets it.
 *
 * Colours follow Okabe & Ito's colour-blind-safe palette (2008); the yellow, sky blue and reddish purple are
 * darkened so that every colour keeps a contrast of at least 3:1 (WCAG's figure for graphics) against both
 * page backgrounds, white and the dark scheme's #111418 (tests/plot/palette.test.ts checks it). Eight
 * colours cannot tell thirty functions apart, so the n-th function takes colour n mod 8 and a dash pattern
 * from n div 8: no two registry ids share colour and dash, and a reader who cannot tell two hues apart still
 * has the dash.
 */
import { activationIds } from '../activations';

export const palette = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#c2649a',
  '#a07800',
  '#2f8fce',
  '#8c6bb1',
  '#7f7f7f',
] as const;

/** Dash patterns for functions, in CSS pixels (solid first); each group of eight functions takes the next. */
export const functionDashes: readonly (readonly number[])[] = [[], [10, 4], [2, 3], [10, 3, 2, 3], [5, 2, 1, 2, 1, 2]];

/** The dash of a derivative whose function is drawn solid; kept out of functionDashes so it stays distinct. */
export const DERIVATIVE_DASH: readonly number[] = [6, 4];

export interface CurveStyle {
  readonly color: string;
  /** Canvas/SVG dash array; empty for a solid line. */
  readonly dash: readonly number[];
}

/** How many functions can have a style of their own: colours × dash patterns. */
export const STYLE_CAPACITY = palette.length * functionDashes.length;

/** The k-th combination of colour and dash, colour varying fastest. */
export function styleAt(k: number): CurveStyle {
  const n = ((k % STYLE_CAPACITY) + STYLE_CAPACITY) % STYLE_CAPACITY;
  return { color: palette[n % palette.length]!, dash: functionDashes[Math.floor(n / palette.length)]! };
}

/**
 * The colour and dash of a function, stable per id: its position in the registry (catalogue order) picks the
 * combination. Ids outside the registry (e.g. a reader's formula) get the style after the last registry id.
 */
export function functionStyle(id: string): CurveStyle {
  const index = (activationIds as readonly string[]).indexOf(id);
  return styleAt(index >= 0 ? index : activationIds.length);
}

/** The style of a function's derivative beside it: the same colour and a distinct dash, drawn thinner by callers. */
export function derivativeStyle(style: CurveStyle): CurveStyle {
  return { color: style.color, dash: style.dash.length > 0 ? style.dash : DERIVATIVE_DASH };
}

const sameStyle = (a: CurveStyle, b: CurveStyle) => a.color === b.color && a.dash.join() === b.dash.join();

/**
 * Styles for one chart's curves, all different. `ids[i]` is a registry id or anything else (a formula);
 * the first curve of each registry id gets functionStyle(id); a further copy of an id keeps its colour with
 * the next free dash, and other curves take the first free combination after the registry's.
 */
export function curveStyles(ids: readonly string[]): CurveStyle[] {
  const taken: CurveStyle[] = [];
  const free = (s: CurveStyle) => !taken.some((t) => sameStyle(t, s));
  const firsts = new Set<string>();
  const known = new Set<string>(activationIds);
  // Registry ids first, so a formula listed before them cannot take their own style.
  const out: (CurveStyle | undefined)[] = ids.map((id) => {
    if (!known.has(id) || firsts.has(id)) return undefined;
    firsts.add(id);
    const style = functionStyle(id);
    taken.push(style);
    return style;
  });
  return ids.map((id, i) => {
    const given = out[i];
    if (given) return given;
    const base = functionStyle(id);
    const sameColour = functionDashes.map((dash) => ({ color: base.color, dash }));
    const others = Array.from({ length: STYLE_CAPACITY }, (_, k) => styleAt(activationIds.length + k));
    const style = (known.has(id) ? sameColour : []).concat(others).find(free) ?? styleAt(i);
    taken.push(style);
    return style;
  });
}

/**
 * A legend swatch as inline SVG: a short line in the curve's colour, dashed for derivatives (true: the
 * derivative dash) or with the given dash array. SVG presentation attributes rather than a style attribute,
 * which a strict Content-Security-Policy would block.
 */
export function swatchSvg(color: string, dashed: boolean | readonly number[] = false, strokeWidth = 3): string {
  const pattern = dashed === true ? DERIVATIVE_DASH : dashed === false ? [] : dashed;
  const dash = pattern.length > 0 ? ` stroke-dasharray="${pattern.map((d) => d * 0.7).join(' ')}"` : '';
  return `<svg class="swatch" width="28" height="8" aria-hidden="true"><line x1="0" x2="28" y1="4" y2="4" stroke="${color}" stroke-width="${strokeWidth}"${dash}/></svg>`;
}
