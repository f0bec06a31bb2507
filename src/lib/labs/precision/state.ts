/**
 * The precision lab's settings and their URL form (`?fn=softplus&format=float16&measure=ulps&xmin=-20&xmax=20`).
 * Parsing never fails: an unusable value falls back to its default with a notice, as on the other labs.
 */
import { precision as precisionEn } from '../../i18n/en/precision';
import { url as urlEn } from '../../i18n/en/url';
import { caseIds, formatNames, type CaseId, type FormatName } from './names';

export const measures = ['ulps', 'relative'] as const;
export type Measure = (typeof measures)[number];

export interface PrecisionLabState {
  readonly fn: CaseId;
  readonly format: FormatName;
  readonly measure: Measure;
  /** A range the reader chose, or null for the case's default range in the format. */
  readonly range: readonly [number, number] | null;
}

export const PRECISION_DEFAULTS: PrecisionLabState = {
  fn: 'softplus',
  format: 'float16',
  measure: 'ulps',
  range: null,
};

/** Neither end of a chosen range may lie beyond ±RANGE_LIMIT (inside every format's finite range). */
export const RANGE_LIMIT = 1000;
/** The narrowest range accepted: float64's cancellation near 0 shows at widths around 10⁻⁷. */
export const MIN_SPAN = 1e-9;

type Strings = typeof precisionEn;

/**
 * One of a list of names, compared trimmed and lower-cased; else the fallback and a notice in the words of
 * `site/url-params`'s `oneOf`. Not that function itself: its module imports the activation registry, which
 * this page's first-load script does not need.
 */
function choice<T extends string>(
  raw: string | null,
  options: readonly T[],
  fallback: T,
  name: string,
  notices: string[],
  tu: typeof urlEn,
): T {
  if (raw === null) return fallback;
  const found = options.find((o) => o === raw.trim().toLowerCase());
  if (found !== undefined) return found;
  notices.push(tu.unknownChoice(name, raw.slice(0, 40), fallback, options));
  return fallback;
}

/**
 * A chosen range from two text fields (or query values). Either end missing means the default range; each
 * end must be a number within ±RANGE_LIMIT, and the two at least MIN_SPAN apart (swapped when reversed).
 */
export function parseRange(
  rawMin: string | null,
  rawMax: string | null,
  notices: string[],
  t: Strings = precisionEn,
): readonly [number, number] | null {
  if (rawMin === null && rawMax === null) return null;
  const read = (raw: string | null) => (raw === null || raw.trim() === '' ? NaN : Number(raw.replace('−', '-')));
  let lo = read(rawMin);
  let hi = read(rawMax);
  if (!(Math.abs(lo) <= RANGE_LIMIT && Math.abs(hi) <= RANGE_LIMIT)) {
    notices.push(t.rangeOutOfLimits(RANGE_LIMIT));
    return null;
  }
  if (lo > hi) {
    [lo, hi] = [hi, lo];
    notices.push(t.rangeSwapped);
  }
  if (hi - lo < MIN_SPAN) {
    notices.push(t.rangeTooNarrow(MIN_SPAN));
    return null;
  }
  return [lo, hi];
}

/** Read the lab's state from a query string; never throws. */
export function parsePrecisionState(
  search: string | URLSearchParams,
  t: Strings = precisionEn,
  tu: typeof urlEn = urlEn,
): { state: PrecisionLabState; notices: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const d = PRECISION_DEFAULTS;
  const state: PrecisionLabState = {
    fn: choice(params.get('fn'), caseIds, d.fn, t.urlNames.fn, notices, tu),
    format: choice(params.get('format'), formatNames, d.format, t.urlNames.format, notices, tu),
    measure: choice(params.get('measure'), measures, d.measure, t.urlNames.measure, notices, tu),
    range: parseRange(params.get('xmin'), params.get('xmax'), notices, t),
  };
  return { state, notices };
}

/** The query string of a state (without `?`); the range only when the reader chose one. */
export function serializePrecisionState(state: PrecisionLabState): string {
  const query = `fn=${state.fn}&format=${state.format}&measure=${state.measure}`;
  return state.range ? `${query}&xmin=${state.range[0]}&xmax=${state.range[1]}` : query;
}
