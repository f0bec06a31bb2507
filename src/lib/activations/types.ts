/** Shapes shared by every activation spec. Pure data: no DOM, no framework. */

/** The families of the catalogue, in the order the site lists them. */
export const families = [
  'classic',
  'rectifier',
  'exponential',
  'smooth',
  'shrinkage',
  'periodic',
  'gated',
  'output',
] as const;
export type Family = (typeof families)[number];

/** One tunable parameter of a function: drives sliders, defaults and validation. */
export interface ParamSpec {
  /** Key in the params object, e.g. `alpha`. */
  readonly name: string;
  /** The parameter's symbol in the LaTeX formulas, e.g. `\\alpha`; used to substitute its value. */
  readonly symbol: string;
  /** Label shown beside a slider, may use Unicode (e.g. `α`). */
  readonly label: string;
  /** The default, following PyTorch. */
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export type Params = Readonly<Record<string, number>>;

/** How smooth the function is: discontinuous, continuous with kinks, once differentiable, or infinitely so. */
export type Smoothness = 'discontinuous' | 'C0' | 'C1' | 'C∞';

/** Rough relative cost of evaluating f on a CPU: comparisons only, one exp/log, or special functions. */
export type Cost = 'minimal' | 'low' | 'moderate' | 'high';

/**
 * The claims a page's properties table makes. Each one is checked against f and df by a unit test
 * (tests/activations/properties.test.ts), so a wrong claim fails the build of the test suite.
 */
export interface Properties {
  /** Range of f at default parameters, as LaTeX (e.g. `(0, 1)`). */
  readonly rangeLatex: string;
  /** Numeric range at default parameters: [inf, sup]; either may be infinite. */
  readonly range: readonly [number, number];
  /** Does the range include its lower / upper bound? (e.g. ReLU reaches 0, sigmoid never reaches 0). */
  readonly rangeClosed: readonly [boolean, boolean];
  /** f is non-decreasing everywhere. */
  readonly monotonic: boolean;
  readonly smoothness: Smoothness;
  /** f is odd, f(−x) = −f(x): inputs symmetric about 0 give outputs that average to 0 (tanh yes; ELU, Leaky ReLU no). */
  readonly zeroCentred: boolean;
  /** f′ tends to 0 as x → −∞ and / or x → +∞ (gradients vanish in that tail). */
  readonly saturates: { readonly negative: boolean; readonly positive: boolean };
  /** sup |f′(x)| at default parameters. */
  readonly maxAbsDerivative: number;
  readonly cost: Cost;
}

/** LaTeX for the definition and derivative, display-math ready, at symbolic parameters. */
export interface Formulas {
  readonly f: string;
  readonly df: string;
}

/** A point where f′ is undefined mathematically, and the value our df (like PyTorch's autograd) returns there. */
export interface Kink {
  readonly x: number;
  readonly note: string;
}

/** A scalar activation: the single source of truth for its maths. */
export interface Activation<Id extends string = string> {
  readonly id: Id;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly family: Family;
  readonly params: readonly ParamSpec[];
  readonly latex: Formulas;
  readonly properties: Properties;
  /** Points where f is not differentiable, with the convention df follows there. */
  readonly kinks: readonly Kink[];
  /** f(x). NaN gives NaN; ±Infinity give the limits. Missing params take their defaults. */
  f(x: number, params?: Partial<Params>): number;
  /** f′(x), with PyTorch's convention at kinks. NaN gives NaN; ±Infinity give the limits. */
  df(x: number, params?: Partial<Params>): number;
  /**
   * f and f′ with the parameters resolved once (missing ones take their defaults), for hot loops such as
   * the training engine's: a bound call returns the same number as the unbound one, bit for bit, without
   * allocating.
   */
  bind(params?: Partial<Params>): BoundActivation;
}

/** An activation at fixed parameters: what Activation.bind returns. */
export interface BoundActivation {
  /** Every parameter, defaults filled in. */
  readonly params: Params;
  /** f(x) at these parameters. NaN gives NaN. */
  f(x: number): number;
  /** f′(x) at these parameters. NaN gives NaN. */
  df(x: number): number;
}
