/**
 * Reader-typed activation formulas: "your own activation" on the comparison page and in the labs.
 *
 * Safety: text is read by a hand-written tokenizer and recursive-descent parser into a plain AST and
 * evaluated through closures over Math and ../activations/numerics.ts. There is no eval, no new Function,
 * no property access: names are looked up in Maps of a fixed vocabulary, so `constructor`, `__proto__` or
 * `toString` are just unknown names. Input is capped at 500 characters and 64 levels of parentheses.
 *
 * Language: numbers (12, 1.5, .5, 1e-3, 2.5E+4); x; pi and e; + - * / ^ with ^ right-associative and
 * tighter than unary minus (-x^2 = -(x^2), x^-1 = x^(-1)); unary + and -; parentheses; calls
 * exp log (alias ln) log1p expm1 sqrt abs sin cos tan tanh sinh cosh sigmoid softplus erf erfc sign
 * (one argument) and max min pow (two). Also − (U+2212) for minus, × · ⋅ for times, ÷ for division.
 * Implicit multiplication (2x) is an error that says "write 2*x". Values follow IEEE doubles:
 * log(0) = -Infinity, sqrt(-1) = NaN, 1/0 = Infinity; at x = ±Infinity f is evaluated, not its limit.
 *
 * API, for the UI:
 *   const r = parseFormula(input);                 // never throws
 *   if (!r.ok) underline(input.slice(r.start, r.end)), show(r.message);  // UTF-16 offsets, end exclusive
 *   else { r.f(x); r.df(x); r.normalized; r.derivative }  // compiled once; sample freely
 *   bindFormula(r)            → BoundActivation { params: {}, f, df } for src/lib/nn's hot loops
 *   formulaActivation(r, 1)   → { id: 'custom:1', name, family: 'smooth', params: [], kinks: [], f, df, bind }
 *   formulaToString(r.derivative) → f′ as text, for display (may contain internal helpers, see print.ts)
 * Put `normalized` (not the raw text) in URLs (`?custom=`): it is canonical ASCII and parses to the same tree.
 *
 * The derivative is exact (symbolic, see derivative.ts for why not dual numbers) and built from the same
 * stable helpers as the catalogue, so x*tanh(softplus(x)) matches the built-in Mish to a few ulps.
 */
import { bindFormula, formulaActivation, type CustomId, type FormulaActivation } from './activation';
import type { Node } from './ast';
import { compile } from './compile';
import { differentiate } from './derivative';
import { FormulaSyntaxError, MAX_LENGTH, messages, type FormulaError } from './messages';
import { parse } from './parser';
import { formulaToString } from './print';

/** A formula that parsed: its tree, its derivative's tree, and both compiled. */
export interface Formula {
  readonly ok: true;
  /** The input as given. */
  readonly text: string;
  /** formulaToString(ast): ASCII, no spaces, minimal parentheses; parses back to the same tree. */
  readonly normalized: string;
  readonly ast: Node;
  /** d/dx of ast, simplified. */
  readonly derivative: Node;
  /** f(x), IEEE semantics; a NaN x may give a number for formulas that ignore x (bindFormula fixes that). */
  readonly f: (x: number) => number;
  /** f′(x), exact up to rounding; kinks as documented in derivative.ts. */
  readonly df: (x: number) => number;
}

export type ParseResult = Formula | FormulaError;

/** Parse, differentiate and compile a formula. Never throws: a problem comes back as a FormulaError. */
export function parseFormula(text: string): ParseResult {
  if (text.length > MAX_LENGTH) return { ok: false, message: messages.tooLong, start: MAX_LENGTH, end: text.length };
  if (text.trim() === '') return { ok: false, message: messages.empty, start: 0, end: text.length };
  try {
    const ast = parse(text);
    const derivative = differentiate(ast);
    return {
      ok: true,
      text,
      normalized: formulaToString(ast),
      ast,
      derivative,
      f: compile(ast),
      df: compile(derivative),
    };
  } catch (error) {
    if (error instanceof FormulaSyntaxError)
      return { ok: false, message: error.message, start: error.start, end: error.end };
    // Not reachable for input within the limits; kept so that a bug cannot break the page.
    return { ok: false, message: 'could not read this formula', start: 0, end: text.length };
  }
}

export { bindFormula, formulaActivation, formulaToString, differentiate, compile };
export type { CustomId, FormulaActivation, FormulaError, Node };
export { MAX_DEPTH, MAX_LENGTH } from './messages';
