/**
 * The comparison page's state and its URL form, e.g.
 * /compare/?fns=relu,gelu,swish&view=derivative&xmin=-6&xmax=6&leaky-relu.alpha=0.2
 * Parsing never fails: anything unusable falls back to a default and adds a notice the page shows.
 */
import { activationIds, getActivation, type ActivationId, type Params } from '../activations';
import { compare as compareEn } from '../i18n/en/compare';
import { url as urlEn } from '../i18n/en/url';
import { oneOf } from '../site/url-params';
import { excerpt, readCurveTokens, writeCurveToken } from './curve-tokens';

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
  /** Parameter values of each function's first curve, keyed "id.param". */
  readonly params: Readonly<Record<string, number>>;
  /**
   * Further curves of a listed function, each with its own complete parameter set, in order
   * (`fns=leaky-relu(alpha=0.01),leaky-relu(alpha=0.3)`). Absent when there are none.
   */
  readonly copies?: Readonly<Partial<Record<ActivationId, readonly Params[]>>>;
  /** The reader's own formulas (`custom=`, repeatable), as typed. Absent when there are none. */
  readonly custom?: readonly string[];
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
/** At most this many curves beyond one per function: copies with other parameters and formulas together. */
export const MAX_EXTRA = 16;
/** Longest formula kept from a link; the formula parser (src/lib/formula) accepts the same length. */
export const MAX_FORMULA_LENGTH = 500;

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

/** The parameters of a curve: module defaults, then the old-style `id.param` values, then its own. */
function resolve(id: ActivationId, legacy: Readonly<Record<string, number>>, given: Readonly<Record<string, number>>) {
  return Object.fromEntries(
    getActivation(id).params.map((p) => [p.name, given[p.name] ?? legacy[`${id}.${p.name}`] ?? p.default]),
  );
}
const sameParams = (a: Params, b: Params) => Object.keys(a).every((k) => a[k] === b[k]);

/** The reader's formulas: empty ones and repeats dropped, long ones refused with an elided excerpt. */
function parseCustom(raw: readonly string[], room: number, notices: string[], t: typeof compareEn): string[] {
  const out: string[] = [];
  for (const text of raw) {
    if (text.trim() === '' || out.includes(text)) continue;
    if (text.length > MAX_FORMULA_LENGTH)
      notices.push(t.formulaTooLong(text.length, MAX_FORMULA_LENGTH, excerpt(text)));
    else if (out.length >= room) {
      notices.push(t.tooManyCurves(MAX_EXTRA));
      break;
    } else out.push(text);
  }
  return out;
}

/** Read a state from a query string; never throws. */
export function parseCompareState(search: string | URLSearchParams, t: CompareStateStrings = english): ParsedState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const raw = params.get('fns');
  const tokens =
    raw === null ? DEFAULT_STATE.fns.map((id) => ({ id, given: {} })) : readCurveTokens(raw, MAX_LISTED, notices, t);
  if (tokens.length === 0) notices.push(t.url.noKnownFunction(t.url.shown));
  const fns = tokens.length > 0 ? [...new Set(tokens.map((k) => k.id))] : [...DEFAULT_STATE.fns];
  const view = oneOf(params.get('view'), views, DEFAULT_STATE.view, 'view', notices, t.url);
  const [xmin, xmax] = parseRange(params, notices, t.compare);
  const legacy = parseParams(params, fns, notices, t.compare);
  // The first entry of an id sets its main parameters; later entries with other values become copies.
  const main: Record<string, number> = { ...legacy };
  const first = new Map<ActivationId, Params>();
  const copies: Partial<Record<ActivationId, Params[]>> = {};
  let extra = 0;
  for (const { id, given } of tokens) {
    const values = resolve(id, legacy, given);
    const seen = first.get(id);
    if (!seen) {
      first.set(id, values);
      for (const [name, value] of Object.entries(given)) main[`${id}.${name}`] = value;
    } else if ([seen, ...(copies[id] ?? [])].some((p) => sameParams(p, values))) continue;
    else if (extra >= MAX_EXTRA) notices.push(t.compare.tooManyCurves(MAX_EXTRA));
    else {
      (copies[id] ??= []).push(values);
      extra++;
    }
  }
  const custom = parseCustom(params.getAll('custom'), MAX_EXTRA - extra, notices, t.compare);
  const state: CompareState = {
    fns,
    view,
    xmin,
    xmax,
    params: main,
    ...(extra > 0 ? { copies } : {}),
    ...(custom.length > 0 ? { custom } : {}),
  };
  return { state, notices: [...new Set(notices)] };
}

/** The query string for a state (without "?"), listing only what differs from the defaults but fns and view. */
export function serializeCompareState(state: CompareState): string {
  const tokens: string[] = [];
  const rest = new URLSearchParams();
  for (const id of state.fns) {
    const own = state.copies?.[id] ?? [];
    const main = paramsOf(state, id);
    // With copies, every curve of the id carries its own values; alone, today's `id.param=` form is kept.
    tokens.push(own.length > 0 ? writeCurveToken(id, main) : id, ...own.map((p) => writeCurveToken(id, p)));
    if (own.length > 0) continue;
    for (const spec of getActivation(id).params) {
      const value = state.params[`${id}.${spec.name}`];
      if (value !== undefined && value !== spec.default) rest.set(`${id}.${spec.name}`, String(value));
    }
  }
  const head = new URLSearchParams({ view: state.view, xmin: String(state.xmin), xmax: String(state.xmax) });
  for (const text of state.custom ?? []) rest.append('custom', text);
  // Entries are ids, digits, "-", ".", "=", "(", ")" and ",": safe in a query, and readable left unescaped.
  const tail = rest.toString().replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')');
  return [`fns=${tokens.join(',')}`, head.toString(), tail].filter(Boolean).join('&');
}

/** Every parameter of a function's first curve: the state's value or the module default. */
export function paramsOf(state: CompareState, id: ActivationId): Params {
  return resolve(id, state.params, {});
}

/** The value of one parameter in a state: the URL's value or the module default. */
export function paramValue(state: CompareState, id: ActivationId, name: string): number {
  const spec = getActivation(id).params.find((p) => p.name === name);
  if (!spec) throw new Error(`${id} has no parameter ${name}`);
  return state.params[`${id}.${name}`] ?? spec.default;
}

/** Every activation id, for "select all". */
export const allIds: readonly ActivationId[] = activationIds;
