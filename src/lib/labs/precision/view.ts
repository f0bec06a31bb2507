/**
 * What the precision lab shows for a state, as text and HTML strings (no DOM): the build renders the
 * default view with these functions and the page's script re-renders with the same ones, so every figure
 * on the page, threshold or format constant, comes from the lab's own computation.
 */
import { formatNumber } from '../../format/number';
import { precision as precisionEn } from '../../i18n/en/precision';
import { analyze, type Analysis, type Region } from './analyze';
import { getCase, precisionCases, type PrecisionCase } from './cases';
import { formatNames, formats, getFormat, type Format } from './formats';
import { chartMarkup, errorFloor, errorsOf, escapeHtml, exactLabel } from './plot';
import type { Measure, PrecisionLabState } from './state';

type Strings = typeof precisionEn;
/** A case's name in the table's language: functions keep their names, the softmax case is a description. */
export function caseName(c: PrecisionCase, t: Strings = precisionEn): string {
  return c.id === 'softmax' ? t.softmaxCase : c.name;
}

/** The x range a state stands for: the chosen one, or the case's default for the format. */
export function rangeOf(state: PrecisionLabState): readonly [number, number] {
  return state.range ?? getCase(state.fn).range(getFormat(state.format));
}

/** Every case's default range in every format, for the page's script to show without loading the cases. */
export function defaultRanges(): Record<string, Record<string, readonly [number, number]>> {
  return Object.fromEntries(
    precisionCases.map((c) => [c.id, Object.fromEntries(formatNames.map((f) => [f, c.range(formats[f])]))]),
  );
}

/**
 * A format's layout. IEEE 754 formats have emax = 1 − emin = 2^(w−1) − 1 for w exponent bits, so
 * w = log2(emax + 1) + 1; the significand stores p − 1 bits (the leading 1 is implicit).
 */
export function formatFacts(format: Format) {
  const emax = 1 - Math.log2(format.minNormal);
  return {
    exponentBits: Math.log2(emax + 1) + 1,
    storedBits: format.precision - 1,
    maxFinite: format.maxFinite,
    minNormal: format.minNormal,
    minSubnormal: format.minSubnormal,
    epsilon: format.epsilon,
  };
}

/** The largest error over the samples: NaN if any sample's error is NaN, else the maximum (∞ included). */
export function maxError(errors: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i]!;
    if (Number.isNaN(e)) return NaN;
    max = Math.max(max, e);
  }
  return max;
}

/**
 * An error as read: "0.5 ulps", "3.2e−4", "∞", "NaN"; at or below a nonzero `floor` (float64, whose
 * reference is good only to a few ulps) "≤ 4 ulps" rather than a figure the reference cannot vouch for.
 */
export function errorText(e: number, measure: Measure, t: Strings = precisionEn, floor = 0): string {
  if (Number.isNaN(e)) return t.nanAt;
  if (floor > 0 && e <= floor) return `≤ ${errorText(floor, measure, t)}`;
  const text = formatNumber(e, 3);
  return measure === 'ulps' && Number.isFinite(e) ? `${text} ${t.ulpsUnit}` : text;
}

/** Where a region lies relative to the sampled range: whether it reaches the first and the last sample. */
function edges(region: Region, xs: Float64Array): { atStart: boolean; atEnd: boolean } {
  return { atStart: region.from <= xs[0]!, atEnd: region.to >= xs[xs.length - 1]! };
}

/** One sentence per failure region of the textbook formula, with its exact bounds (format values). */
export function regionSentences(a: Analysis, c: PrecisionCase, format: Format, t: Strings = precisionEn): string[] {
  const first = exactLabel(a.xs[0]!);
  const last = exactLabel(a.xs[a.xs.length - 1]!);
  if (a.naive.regions.length === 0) return [t.noRegions(caseName(c, t), format.name)];
  return a.naive.regions.map((r) => {
    const { atStart, atEnd } = edges(r, a.xs);
    const from = exactLabel(r.from);
    const to = exactLabel(r.to);
    const where =
      atStart && atEnd
        ? t.whereEverywhere
        : atStart
          ? t.whereBelow(to, first)
          : atEnd
            ? t.whereAbove(from, last)
            : t.whereBetween(from, to);
    return t.regionSentence(caseName(c, t), format.name, t.region[r.cls], where);
  });
}

/** A region in a table cell: "overflow: x ≥ 11.09375". */
function regionBrief(r: Region, xs: Float64Array, t: Strings): string {
  const { atStart, atEnd } = edges(r, xs);
  const from = exactLabel(r.from);
  const to = exactLabel(r.to);
  const where = atStart && atEnd ? t.briefAll : atStart ? `x ≤ ${to}` : atEnd ? `x ≥ ${from}` : `${from} ≤ x ≤ ${to}`;
  return `${t.classes[r.cls]}: ${where}`;
}

/** The table of all four formats for one case: thresholds and the largest errors over each default range. */
export function formatsTableHtml(c: PrecisionCase, measure: Measure, t: Strings = precisionEn): string {
  const head = `<caption>${escapeHtml(t.tableCaption(caseName(c, t)))}</caption><thead><tr>${t.tableHead
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('')}</tr></thead>`;
  const rows = formatNames.map((name) => {
    const a = analyze(c, formats[name]);
    const [naive, stable] = errorsOf(a, measure);
    const [lo, hi] = c.range(formats[name]);
    const regions = a.naive.regions.map((r) => escapeHtml(regionBrief(r, a.xs, t))).join('<br>') || t.none;
    const cells = [
      `${formatNumber(lo)} … ${formatNumber(hi)}`,
      regions,
      errorText(maxError(naive), measure, t, errorFloor(a, formats[name], measure)),
      errorText(maxError(stable), measure, t, errorFloor(a, formats[name], measure)),
    ];
    return `<tr data-format="${name}"><th scope="row">${name}</th>${cells.map((v) => `<td>${v}</td>`).join('')}</tr>`;
  });
  return `${head}<tbody>${rows.join('')}</tbody>`;
}

/** The table of the four formats' constants, under the given column headings. */
export function formatConstantsHtml(headings: readonly string[]): string {
  const head = `<thead><tr>${headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const rows = formatNames.map((name) => {
    const f = formatFacts(formats[name]);
    const cells = [f.exponentBits, f.storedBits, f.maxFinite, f.minNormal, f.minSubnormal, f.epsilon].map(
      (v) => `<td>${formatNumber(v, 6)}</td>`,
    );
    return `<tr><th scope="row">${name}</th>${cells.join('')}</tr>`;
  });
  return `${head}<tbody>${rows.join('')}</tbody>`;
}

export interface LabView {
  readonly caption: string;
  readonly chart: string;
  /** One sentence per failure region, then the stable formula's largest error and the failure bound. */
  readonly findings: readonly string[];
  readonly table: string;
}

/** Everything the lab shows for a state. */
export function labView(state: PrecisionLabState, t: Strings = precisionEn): LabView {
  const c = getCase(state.fn);
  const format = getFormat(state.format);
  const range = rangeOf(state);
  const analysis = analyze(c, format, { range });
  const [, stable] = errorsOf(analysis, state.measure);
  const bound = formatNumber(analysis.lossBoundUlps, 3);
  return {
    caption: t.caption(
      caseName(c, t),
      format.name,
      t.measures[state.measure],
      formatNumber(range[0]),
      formatNumber(range[1]),
    ),
    chart: chartMarkup({ analysis, format, measure: state.measure, range }, t),
    findings: [
      ...regionSentences(analysis, c, format, t),
      t.stableSummary(
        caseName(c, t),
        errorText(maxError(stable), state.measure, t, errorFloor(analysis, format, state.measure)),
      ),
      t.boundExplained(format.name, format.precision, bound),
      ...(analysis.referenceFloorUlps > 0 ? [t.floorNote(analysis.referenceFloorUlps)] : []),
    ],
    table: formatsTableHtml(c, state.measure, t),
  };
}
