/**
 * A parsed formula in the shapes the rest of the site consumes: a BoundActivation for the training
 * engine's hot loops, and an activation-like record for lists, legends and the labs.
 */
import type { Activation, BoundActivation } from '../activations/types';
import type { Formula } from './index';

/** The id of the n-th custom formula on a page, e.g. `custom:1`. */
export type CustomId = `custom:${number}`;

/**
 * What a formula can honestly provide of the Activation interface. Left out: `properties` and `latex`
 * (range, monotonicity, saturation, sup |f′| would need a global analysis we cannot do for arbitrary text;
 * the site ships no KaTeX to typeset it at run time) — see the folder's index.ts.
 */
export type FormulaActivation = Omit<Activation<CustomId>, 'properties' | 'latex'> & {
  /** The formula as the reader typed it. */
  readonly text: string;
  /** The canonical text (formulaToString of the AST), for URLs and de-duplication. */
  readonly normalized: string;
};

/**
 * f and f′ with Activation.bind's contract: params is empty (a formula has none), NaN gives NaN (a formula
 * such as `1` or `sign(x)*0` would otherwise return a number), and nothing allocates per call.
 */
export function bindFormula(formula: Formula): BoundActivation {
  const { f, df } = formula;
  return { params: {}, f: (x) => (x !== x ? x : f(x)), df: (x) => (x !== x ? x : df(x)) };
}

/**
 * An activation-like record for the n-th custom curve: id `custom:n`, name = the reader's text, family
 * 'smooth' (so the training lab's defaultInit picks He initialisation, as for the smooth built-ins), no
 * parameters and no declared kinks (abs, sign, max and min may make some; df follows the rules in
 * derivative.ts there). f and df ignore a params argument.
 */
export function formulaActivation(formula: Formula, n: number): FormulaActivation {
  const bound = bindFormula(formula);
  return {
    id: `custom:${n}`,
    name: formula.text,
    text: formula.text,
    normalized: formula.normalized,
    aliases: [],
    family: 'smooth',
    params: [],
    kinks: [],
    f: bound.f,
    df: bound.df,
    bind: () => bound,
  };
}
