/**
 * The gradient-flow lab's settings, their URL form and defaults, and what each run is computed from.
 * Like the comparison page, parsing never fails: unusable values fall back to defaults with a notice.
 */
import type { ActivationId } from '../../activations';
import { activationList, integerIn, oneOf } from '../../site/url-params';
import { defaultInit, type GradientFlowConfig, type InitFamily } from '../../nn';

export const initChoices = ['auto', 'xavier', 'he', 'lecun'] as const;
export type InitChoice = (typeof initChoices)[number];
export const metrics = ['gradient', 'std', 'dead'] as const;
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
/** Enough lines to compare; more would be unreadable on one chart. */
export const MAX_FUNCTIONS = 8;
/** At most this many entries of `fns` are read. */
const MAX_LISTED = 64;

/** Read the lab's state from a query string; never throws. */
export function parseFlowLabState(search: string | URLSearchParams): { state: FlowLabState; notices: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  let fns = activationList(params.get('fns'), FLOW_DEFAULTS.fns, MAX_LISTED, 'shown', notices);
  if (fns.length > MAX_FUNCTIONS) {
    notices.push(`At most ${MAX_FUNCTIONS} functions at once; the first ${MAX_FUNCTIONS} are shown.`);
    fns = fns.slice(0, MAX_FUNCTIONS);
  }
  return {
    state: {
      fns,
      depth: integerIn(params.get('depth'), DEPTH_RANGE, FLOW_DEFAULTS.depth, 'depth', notices),
      width: integerIn(params.get('width'), WIDTH_RANGE, FLOW_DEFAULTS.width, 'width', notices),
      init: oneOf(params.get('init'), initChoices, FLOW_DEFAULTS.init, 'initialisation', notices),
      seed: integerIn(params.get('seed'), [0, 2 ** 31 - 1], FLOW_DEFAULTS.seed, 'seed', notices),
      metric: oneOf(params.get('metric'), metrics, FLOW_DEFAULTS.metric, 'metric', notices),
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
