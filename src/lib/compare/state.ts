/**
 * The comparison page's state and its URL form, e.g.
 * /compare/?fns=relu,gelu,swish&view=derivative&xmin=-6&xmax=6&leaky-relu.alpha=0.2
 * Parsing never fails: anything unusable falls back to a default and adds a notice the page shows.
 */
import { activationIds, getActivation, type ActivationId } from '../activations';
import { compare as compareEn } from '../i18n/en/compare';
import { url as urlEn } from '../i18n/en/url';
import { activationList, oneOf } from '../site/url-params';

/** The wording of the notices: a language's `compare` and `url` string tables. */
export interface CompareStateStrings {
  readonly compare: typeof compareEn;
  readonly url: typeof urlEn;
}
const english: CompareStateStrings = { compare: compareEn, url: urlEn };

export const views = ['function', 'derivative', 'both'] as const;
export type View = (typeof views)[number];

export interface CompareState {
  readonly fns: readonly ActivationId[];
  readonly view: View;
  readonly xmin: number;
  readonly xmax: number;
  /** Non-default parameter values, keyed "id.param". */
  readonly params: Readonly<Record<string, number>>;
}

export const DEFAULT_STATE: CompareState = {
  fns: ['relu', 'gelu', 'swish'],
  view: 'function',
  xmin: -6,
  xmax: 6,
  params: {},
};
/** The x range a reader may ask for; beyond it every curve is a straight line or flat anyway. */
export const X_LIMIT = 1000;
/** Shortest x range: narrower than this, a chart shows rounding noise rather than shape. */
export const MIN_SPAN = 0.01;
/** At most this many entries of `fns` are read: enough for every function, with room for typos. */
export const MAX_LISTED = 64;

export interface ParsedState {
  readonly state: CompareState;
  readonly notices: readonly string[];
}

const number = (text: string | null): number | undefined => {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
};

function parseRange(params: URLSearchParams, notices: string[], t: typeof compareEn): [number, number] {
  let xmin = number(params.get('xmin')) ?? DEFAULT_STATE.xmin;
  let xmax = number(params.get('xmax')) ?? DEFAULT_STATE.xmax;
  for (const [name, value] of [
    ['xmin', xmin],
    ['xmax', xmax],
  ] as const) {
    if (!Number.isFinite(value) || Math.abs(value) > X_LIMIT) {
      notices.push(t.outOfRange(name, X_LIMIT));
      if (name === 'xmin') xmin = DEFAULT_STATE.xmin;
      else xmax = DEFAULT_STATE.xmax;
    }
  }
  if (xmin > xmax) {
    notices.push(t.swapped);
    [xmin, xmax] = [xmax, xmin];
  }
  if (xmax - xmin < MIN_SPAN) {
    notices.push(t.tooNarrow(MIN_SPAN));
    [xmin, xmax] = [DEFAULT_STATE.xmin, DEFAULT_STATE.xmax];
  }
  return [xmin, xmax];
}

function parseParams(
  params: URLSearchParams,
  fns: readonly ActivationId[],
  notices: string[],
  t: typeof compareEn,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of fns) {
    for (const spec of getActivation(id).params) {
      const key = `${id}.${spec.name}`;
      const value = number(params.get(key));
      if (value === undefined) continue;
      if (Number.isFinite(value) && value >= spec.min && value <= spec.max) out[key] = value;
      else notices.push(t.paramOutOfRange(key, spec.min, spec.max, spec.default));
    }
  }
  return out;
}

/** Read a state from a query string; never throws. */
export function parseCompareState(search: string | URLSearchParams, t: CompareStateStrings = english): ParsedState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const fns = activationList(params.get('fns'), DEFAULT_STATE.fns, MAX_LISTED, t.url.shown, notices, t.url);
  const view = oneOf(params.get('view'), views, DEFAULT_STATE.view, 'view', notices, t.url);
  const [xmin, xmax] = parseRange(params, notices, t.compare);
  return { state: { fns, view, xmin, xmax, params: parseParams(params, fns, notices, t.compare) }, notices };
}

/** The query string for a state (without "?"), listing only what differs from the defaults but fns and view. */
export function serializeCompareState(state: CompareState): string {
  const params = new URLSearchParams();
  params.set('fns', state.fns.join(','));
  params.set('view', state.view);
  params.set('xmin', String(state.xmin));
  params.set('xmax', String(state.xmax));
  for (const id of state.fns) {
    for (const spec of getActivation(id).params) {
      const value = state.params[`${id}.${spec.name}`];
      if (value !== undefined && value !== spec.default) params.set(`${id}.${spec.name}`, String(value));
    }
  }
  // Commas read better than %2C in a shared link.
  return params.toString().replace(/%2C/g, ',');
}

/** The value of one parameter in a state: the URL's value or the module default. */
export function paramValue(state: CompareState, id: ActivationId, name: string): number {
  const spec = getActivation(id).params.find((p) => p.name === name);
  if (!spec) throw new Error(`${id} has no parameter ${name}`);
  return state.params[`${id}.${name}`] ?? spec.default;
}

/** Every activation id, for "select all". */
export const allIds: readonly ActivationId[] = activationIds;
