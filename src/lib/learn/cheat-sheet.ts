/**
 * The rows of the printable cheat sheet (/learn/cheat-sheet/), computed from the activation module so the
 * sheet cannot drift from the function pages: every scalar function that has a page, grouped by family in
 * catalogue order, with its formulas, range, three yes/no properties and its defaults; then the gated units
 * and the vector-valued outputs, which have no single f(x) and get a short table of their own.
 */
import {
  catalogueEntry,
  catalogueIds,
  families,
  gatedIds,
  getActivation,
  getGated,
  isActivationId,
  softmaxInfo,
  sparsemaxInfo,
  type ActivationId,
  type CatalogueId,
  type Family,
} from '../activations';
import { formatNumber } from '../format/number';
import { saturationLabel, yesNo, type PropertyLabels } from '../functions/property-labels';
import { functions as functionsEn } from '../i18n/en/functions';
import type { Locale } from '../i18n';
import { sheetExtras, sheetFrameworks, type SheetFramework } from './sheet-extras';

/** One scalar function on the sheet: LaTeX to typeset, and cells already worded in the page's language. */
export interface ScalarRow {
  readonly id: ActivationId;
  readonly name: string;
  readonly f: string;
  readonly df: string;
  readonly rangeLatex: string;
  readonly zeroCentred: string;
  readonly monotonic: string;
  readonly saturates: string;
  /**
   * Each parameter at its default (PyTorch's) as LaTeX, with the symbol the formulas use (`\\alpha = 0.01`),
   * so the cell reads the same in every language; undefined when the function has no parameters.
   */
  readonly defaults: string | undefined;
}

/** One function in the "in practice" table: what it is typically used for and how each framework calls it. */
export interface PracticeRow {
  readonly id: CatalogueId;
  readonly name: string;
  readonly use: string;
  /** One cell per framework in `sheetFrameworks` order: the call's names, or undefined where there is no built-in. */
  readonly calls: readonly (readonly string[] | undefined)[];
}

/** A function of the second table: its definition and one or two derivatives, as LaTeX. */
export interface VectorRow {
  readonly id: CatalogueId;
  readonly name: string;
  readonly f: string;
  readonly derivatives: readonly string[];
}

export interface Group<Row> {
  readonly family: Family;
  readonly rows: readonly Row[];
}

/** A number as the site prints it (4 significant digits), in LaTeX: an ASCII minus, 10ⁿ for an exponent. */
export function latexNumber(value: number): string {
  const text = formatNumber(value, 4).replaceAll('−', '-');
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? text : `${mantissa} \\times 10^{${Number(exponent)}}`;
}

/** Rows grouped by family, families in the site's order, rows in catalogue order within a family; no empty groups. */
function groupByFamily<Row>(rows: readonly (Row & { family: Family })[]): Group<Row>[] {
  return families
    .map((family) => ({ family, rows: rows.filter((row) => row.family === family) }))
    .filter((group) => group.rows.length > 0);
}

/**
 * The scalar functions with a page of their own (GELU's tanh and sigmoid approximations are taught on GELU's
 * page, so they are not catalogue entries), worded with `labels` (English by default).
 */
export function scalarGroups(labels: PropertyLabels = functionsEn.labels): Group<ScalarRow>[] {
  const isScalar = (id: CatalogueId): id is CatalogueId & ActivationId => isActivationId(id);
  const rows = catalogueIds.filter(isScalar).map((id) => {
    const a = getActivation(id);
    const p = a.properties;
    const defaults = a.params.map((param) => `${param.symbol} = ${latexNumber(param.default)}`).join(',\\ ');
    return {
      id,
      family: a.family,
      name: a.name,
      f: a.latex.f,
      df: a.latex.df,
      rangeLatex: p.rangeLatex,
      zeroCentred: yesNo(p.zeroCentred, labels),
      monotonic: yesNo(p.monotonic, labels),
      saturates: saturationLabel(p, labels),
      defaults: defaults === '' ? undefined : defaults,
    };
  });
  return groupByFamily(rows);
}

/** The gated units (f(a, b) with two partial derivatives), then softmax and sparsemax (f and the Jacobian). */
export function vectorGroups(): Group<VectorRow>[] {
  const gated = gatedIds.map((id) => {
    const g = getGated(id);
    return { id, family: g.family, name: g.name, f: g.latex.f, derivatives: [g.latex.dA, g.latex.dB] };
  });
  const outputs = [softmaxInfo, sparsemaxInfo].map((o) => ({
    id: o.id,
    family: o.family,
    name: o.name,
    f: o.latex.f,
    derivatives: [o.latex.df],
  }));
  return groupByFamily<VectorRow>([...gated, ...outputs]);
}

/** Every function of the catalogue (scalar, gated and vector-valued) with its typical use in `locale` and its calls. */
export function practiceGroups(locale: Locale): Group<PracticeRow>[] {
  const rows = catalogueIds.map((id) => {
    const extras = sheetExtras[id];
    const { name, family } = catalogueEntry(id);
    const cell = (framework: SheetFramework) => extras.calls[framework]?.split(' · ');
    return { id, name, family, use: extras.use[locale], calls: sheetFrameworks.map(cell) };
  });
  return groupByFamily<PracticeRow>(rows);
}
