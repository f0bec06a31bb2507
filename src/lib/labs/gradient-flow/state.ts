/**
 * The gradient-flow lab's settings, their URL form and defaults, and what each run is computed from.
 * Like the comparison page, parsing never fails: unusable values fall back to defaults with a notice.
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

/** Read the lab's state from a query string; never throws. */
export function parseFlowLabState(
  search: string | URLSearchParams,
  t: typeof gradientFlowEn = gradientFlowEn,
  tUrl: typeof urlEn = urlEn,
): { state: FlowLabState; notices: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  let fns = activationList(params.get('fns'), FLOW_DEFAULTS.fns, MAX_LISTED, tUrl.shown, notices, tUrl);
  if (fns.length > MAX_FUNCTIONS) {
    notices.push(t.tooManyFunctions(MAX_FUNCTIONS));
    fns = fns.slice(0, MAX_FUNCTIONS);
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
    },
    notices,
  };
}

export function serializeFlowLabState(state: FlowLabState): string {
  const { fns, depth, width, init, seed, metric } = state;
  return `fns=${fns.join(',')}&depth=${depth}&width=${width}&init=${init}&seed=${seed}&metric=${metric}`;
}

/** The initialisation a run uses: the chosen family, or under 'auto' the one suited to the activation. */
export function initFor(choice: InitChoice, id: ActivationId): GradientFlowConfig['init'] {
  return choice === 'auto' ? defaultInit(id) : (choice satisfies InitFamily);
}

/** One gradientFlow config per chosen function. */
export function flowConfigs(state: FlowLabState): GradientFlowConfig[] {
  return state.fns.map((activation) => ({
    activation,
    depth: state.depth,
    width: state.width,
    init: initFor(state.init, activation),
    seed: state.seed,
  }));
}
