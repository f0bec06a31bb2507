/**
 * A function page's chart settings in the page URL: parameter values by name and the x range, e.g.
 * `?alpha=0.2&xmin=-4&xmax=4`. Parsing never fails: a value out of range falls back to the default, a value
 * between the slider's steps moves to the nearest step (the slider can only show those), each with a notice,
 * so what the chart draws, what the slider shows and what the URL says always agree.
 */
import type { ParamSpec } from '../activations';
import { formatNumber } from '../format/number';
import { chart as chartEn } from '../i18n/en/chart';

type Strings = typeof chartEn;

/** What the chart state needs of a parameter: its slider (no LaTeX symbol), as the built page also carries it. */
export type SliderSpec = Pick<ParamSpec, 'name' | 'label' | 'default' | 'min' | 'max' | 'step'>;

export interface ChartState {
  readonly params: Readonly<Record<string, number>>;
  readonly xmin: number;
  readonly xmax: number;
}

/** The x range a reader may ask for, and its smallest width. */
export const X_LIMIT = 1000;
export const MIN_SPAN = 0.1;

/** A number in decimal text ("−2", "1e-3"); anything else is NaN. */
const toNumber = (raw: string) => {
  const text = raw.trim().replace('−', '-');
  return text === '' ? NaN : Number(text);
};

/** `value` on the grid min, min + step, … (as the slider rounds it), without floating-point residue. */
export function snapToStep(value: number, spec: SliderSpec): number {
  const steps = Math.round((value - spec.min) / spec.step);
  const snapped = Math.min(spec.max, Math.max(spec.min, spec.min + steps * spec.step));
  return Number(snapped.toPrecision(12));
}

/** Read a chart's settings; unusable values give defaults (or the nearest step) with a notice. */
export function parseChartState(
  search: string | URLSearchParams,
  specs: readonly SliderSpec[],
  range: readonly [number, number],
  t: Strings = chartEn,
): { state: ChartState; notices: string[] } {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const params: Record<string, number> = {};
  for (const spec of specs) {
    const raw = query.get(spec.name);
    params[spec.name] = spec.default;
    if (raw === null) continue;
    const value = toNumber(raw);
    if (!(value >= spec.min && value <= spec.max)) {
      notices.push(t.paramOutOfRange(spec.label, raw.slice(0, 40), spec.min, spec.max, formatNumber(spec.default)));
      continue;
    }
    const snapped = snapToStep(value, spec);
    if (Math.abs(snapped - value) > 1e-9 * Math.max(1, Math.abs(value)))
      notices.push(t.paramSnapped(spec.label, raw.slice(0, 40), formatNumber(snapped), spec.step));
    params[spec.name] = snapped;
  }
  let [xmin, xmax] = range;
  const [rawMin, rawMax] = [query.get('xmin'), query.get('xmax')];
  if (rawMin !== null || rawMax !== null) {
    const lo = rawMin === null ? xmin : toNumber(rawMin);
    const hi = rawMax === null ? xmax : toNumber(rawMax);
    if (!(Math.abs(lo) <= X_LIMIT && Math.abs(hi) <= X_LIMIT)) notices.push(t.rangeOutOfBounds(X_LIMIT));
    else if (!(hi - lo >= MIN_SPAN)) notices.push(t.rangeTooNarrow(MIN_SPAN));
    else [xmin, xmax] = [lo, hi];
  }
  return { state: { params, xmin, xmax }, notices };
}

/** The query string for a state: only what differs from the defaults, so a plain page keeps a plain URL. */
export function serializeChartState(state: ChartState, specs: readonly SliderSpec[], range: readonly [number, number]) {
  const query = new URLSearchParams();
  for (const spec of specs) {
    const value = state.params[spec.name];
    if (value !== undefined && value !== spec.default) query.set(spec.name, String(value));
  }
  if (state.xmin !== range[0] || state.xmax !== range[1]) {
    query.set('xmin', String(state.xmin));
    query.set('xmax', String(state.xmax));
  }
  return query.toString();
}
