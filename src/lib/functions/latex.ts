/**
 * LaTeX with parameter values substituted for their symbols, for the "at the current settings" equations.
 * Each value is wrapped in KaTeX's \htmlData{param=<name>}{…}, so the typeset output carries a
 * data-param attribute and a slider can update the number in place without KaTeX on the client.
 */
import type { ParamSpec } from '../activations';

/** A parameter value as it appears in an equation: at most 4 significant digits. */
export function latexNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}

function symbolPattern(symbol: string): RegExp {
  const escaped = symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A command such as \alpha must not continue with letters (\alphax); a bare letter such as a must not be
  // part of a command or a word (\cases, \tfrac, "at").
  return symbol.startsWith('\\')
    ? new RegExp(`${escaped}(?![a-zA-Z])`, 'g')
    : new RegExp(`(?<![\\\\a-zA-Z])${escaped}(?![a-zA-Z])`, 'g');
}

/** Replace every parameter symbol in `latex` by its value, wrapped so the client can update it. */
export function instantiateLatex(
  latex: string,
  params: readonly ParamSpec[],
  values: Readonly<Record<string, number>> = {},
): string {
  let out = latex;
  for (const param of params) {
    const value = latexNumber(values[param.name] ?? param.default);
    out = out.replace(symbolPattern(param.symbol), `\\htmlData{param=${param.name}}{${value}}`);
  }
  return out;
}
