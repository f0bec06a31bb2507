/**
 * The gradient-flow lab's settings, their URL form and defaults, and what each run is computed from.
 * Like the comparison page, parsing never fails: unusable values fall back to defaults with a notice.
 * The reader's own function is `custom=<formula>` (URL-encoded, normalised): one more line after `fns`.
 * The formula parser is passed in, so this file (in the lab's first script) never loads it by itself.
 */
import type { ActivationId } from '../../activations';
import { activationList, integerIn, oneOf } from '../../site/url-params';
import { defaultInit, type GradientFlowConfig, type InitFamily } from '../../nn';
import { gradientFlow as gradientFlowEn } from '../../i18n/en/gradientFlow';
import { url as urlEn } from '../../i18n/en/url';

export const initChoices = ['auto', 'xavier', 'he', 'lecun'] as const;
export type InitChoice = (typeof initChoices)[number];
export const metrics = ['gradient', 'signal', 'std', 'dead'] as const;
export type Metric = (typeof metrics)[number];

export interface FlowLabState {
  readonly fns: readonly ActivationId[];
  readonly depth: number;
  readonly width: number;
  readonly init: InitChoice;
  readonly seed: number;
  readonly metric: Metric;
  /** The reader's formula, normalised (parseFormula's `normalized`); absent for none. */
  readonly custom?: string;
}

/** What the state needs of lib/formula's parseFormula (which satisfies it). */
export type FormulaReader = (
  text: string,
) => { ok: true; normalized: string } | { ok: false; message: string; start: number; end: number };

/** A `custom=` formula that did not parse: the text as given and the parser's message and span (UTF-16, end exclusive). */
export interface FormulaProblem {
  readonly text: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export const FLOW_DEFAULTS: FlowLabState = {
  fns: ['sigmoid', 'tanh', 'relu', 'selu'],
  depth: 20,
  width: 64,
  init: 'auto',
  seed: 1,
  metric: 'gradient',
};
export const DEPTH_RANGE = [1, 64] as const;
export const WIDTH_RANGE = [8, 256] as const;
/** The width slider moves in steps of 8 (from 8), so a URL's width is snapped to the nearest step. */
export const WIDTH_STEP = 8;
/** Enough lines to compare; more would be unreadable on one chart. */
export const MAX_FUNCTIONS = 8;
/** At most this many entries of `fns` are read. */
const MAX_LISTED = 64;

/** `value` moved to the nearest slider step lo, lo + step, … (ties round up), with a notice when it moved. */
function snapped(value: number, lo: number, step: number, name: string, notices: string[], t: typeof gradientFlowEn) {
  const used = lo + Math.round((value - lo) / step) * step;
  if (used !== value) notices.push(t.snapped(name, value, used, step));
  return used;
}

const asParams = (search: string | URLSearchParams) =>
  typeof search === 'string' ? new URLSearchParams(search) : search;

/** The `custom=` text, when there is one to read: only then does the caller need to load the parser. */
export function formulaText(search: string | URLSearchParams): string | undefined {
  const text = asParams(search).get('custom')?.trim();
  return text ? text : undefined;
}

/**
 * Read the lab's state from a query string; never throws. A formula is read with `parse` (without it, as
 * when no formula was expected, it is left out); one that does not parse comes back as `formulaProblem`
 * for the lab to show beside its field, and the built-in functions run as usual. `fns=` may be empty when
 * a formula is used, so the formula can run alone.
 */
export function parseFlowLabState(
  search: string | URLSearchParams,
  t: typeof gradientFlowEn = gradientFlowEn,
  tUrl: typeof urlEn = urlEn,
  parse?: FormulaReader,
): { state: FlowLabState; notices: string[]; formulaProblem?: FormulaProblem } {
  const params = asParams(search);
  const notices: string[] = [];
  const text = formulaText(params);
  const parsed = text !== undefined && parse ? parse(text) : undefined;
  const custom = parsed?.ok ? parsed.normalized : undefined;
  const alone = custom !== undefined && params.get('fns')?.trim() === '';
  let fns = alone ? [] : activationList(params.get('fns'), FLOW_DEFAULTS.fns, MAX_LISTED, tUrl.shown, notices, tUrl);
  // The formula's line counts towards the limit.
  const room = custom === undefined ? MAX_FUNCTIONS : MAX_FUNCTIONS - 1;
  if (fns.length > room) {
    notices.push(t.tooManyFunctions(MAX_FUNCTIONS));
    fns = fns.slice(0, room);
  }
  const width = integerIn(params.get('width'), WIDTH_RANGE, FLOW_DEFAULTS.width, 'width', notices, tUrl);
  return {
    state: {
      fns,
      depth: integerIn(params.get('depth'), DEPTH_RANGE, FLOW_DEFAULTS.depth, 'depth', notices, tUrl),
      width: snapped(width, WIDTH_RANGE[0], WIDTH_STEP, 'width', notices, t),
      init: oneOf(params.get('init'), initChoices, FLOW_DEFAULTS.init, 'initialisation', notices, tUrl),
      seed: integerIn(params.get('seed'), [0, 2 ** 31 - 1], FLOW_DEFAULTS.seed, 'seed', notices, tUrl),
      metric: oneOf(params.get('metric'), metrics, FLOW_DEFAULTS.metric, 'metric', notices, tUrl),
      ...(custom === undefined ? {} : { custom }),
    },
    notices,
    ...(parsed && !parsed.ok
      ? { formulaProblem: { text: text!, message: parsed.message, start: parsed.start, end: parsed.end } }
      : {}),
  };
}

export function serializeFlowLabState(state: FlowLabState): string {
  const { fns, depth, width, init, seed, metric, custom } = state;
  const formula = custom === undefined ? '' : `&custom=${encodeURIComponent(custom)}`;
  return `fns=${fns.join(',')}&depth=${depth}&width=${width}&init=${init}&seed=${seed}&metric=${metric}${formula}`;
}

/** A function of the lab: a registry id, or 'custom' for the reader's formula. */
export type FlowFn = ActivationId | 'custom';

/**
 * The initialisation a run uses: the chosen family, or under 'auto' the one suited to the activation
 * (Xavier for a formula, as in the training lab: nothing is known of its shape).
 */
export function initFor(choice: InitChoice, id: FlowFn): GradientFlowConfig['init'] {
  if (choice !== 'auto') return choice satisfies InitFamily;
  return id === 'custom' ? 'xavier-normal' : defaultInit(id);
}

/**
 * What the worker runs for one function: a gradientFlow config, except that the reader's formula travels as
 * text (activation 'custom', `formula` set), since a compiled function cannot be posted to a worker.
 */
export type FlowConfig = Omit<GradientFlowConfig, 'activation' | 'custom'> & {
  readonly activation: FlowFn;
  readonly formula?: string;
};

/** One config per chosen function, the formula's last. */
export function flowConfigs(state: FlowLabState): FlowConfig[] {
  const fns: FlowFn[] = state.custom === undefined ? [...state.fns] : [...state.fns, 'custom'];
  return fns.map((activation) => ({
    activation,
    ...(activation === 'custom' ? { formula: state.custom! } : {}),
    depth: state.depth,
    width: state.width,
    init: initFor(state.init, activation),
    seed: state.seed,
  }));
}

/**
 * The engine's config for one function: a registry function as it is; the formula with `custom`, its parsed
 * and bound form (the worker parses it, so this file need not load the parser). Throws for a formula without it.
 */
export function engineConfig(
  { activation, formula, ...rest }: FlowConfig,
  custom?: GradientFlowConfig['custom'],
): GradientFlowConfig {
  if (activation !== 'custom') return { activation, ...rest };
  if (!custom) throw new Error(`the formula ${formula ?? ''} was not parsed`);
  // 'identity' only fills the required field: every hidden layer uses the formula.
  return { activation: 'identity', custom, ...rest };
}
