/**
 * What the sparsemax explorer shows, as plain strings: the threshold τ and the support read off the module's
 * output, a number line of the logits with τ marked, and sparsemax's probabilities as bars beside softmax's.
 * Pure, so the build and the browser render identically.
 *
 * Sparsemax (Martins & Astudillo, 2016) is p_i = max(z_i − τ, 0) with τ chosen so that Σ p_i = 1. So for every
 * i in the support S = {i : p_i > 0}, τ = z_i − p_i, and every logit outside the support is ≤ τ.
 */
import { formatNumber } from '../format/number';
import { fill } from '../i18n/fill';

export interface SparsemaxStrings {
  /** Caption under the logit number line, e.g. "logits z_i; filled: in the support (z_i > τ)". */
  lineCaption: string;
  /** Label of the threshold marker, template with {tau}. */
  tauLabel: string;
  /** Caption under the bars. */
  barsCaption: string;
  /** Summary template with {tau}, {support}, {count}, {n}, {zeros} and {minSoft}. */
  summary: string;
}

export interface Threshold {
  /** τ, averaged over the support (every support index gives the same value up to rounding). */
  tau: number;
  /** 0-based indices of the logits that get a positive probability, in input order. */
  support: number[];
}

/** τ and the support from the logits z and sparsemax(z). */
export function threshold(logits: readonly number[], probabilities: readonly number[]): Threshold {
  const support = probabilities.flatMap((p, i) => (p > 0 ? [i] : []));
  const tau = support.reduce((sum, i) => sum + (logits[i]! - probabilities[i]!), 0) / support.length;
  return { tau, support };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const f = (x: number) => x.toFixed(1);

/** The logits on a number line, the support filled, the others hollow, and τ as a dashed marker. */
export function logitLineSvg(logits: readonly number[], t: Threshold, strings: SparsemaxStrings, width = 640): string {
  const left = 24;
  const right = width - 24;
  const lo = Math.min(...logits, t.tau);
  const hi = Math.max(...logits, t.tau);
  const span = hi - lo || 1;
  const x = (v: number) => left + ((v - lo) / span) * (right - left);
  const y = 34;
  const inSupport = new Set(t.support);
  const axis = `<line class="baseline" x1="${left}" x2="${right}" y1="${y}" y2="${y}"></line>`;
  const marker =
    `<line class="tau" x1="${f(x(t.tau))}" x2="${f(x(t.tau))}" y1="${y - 22}" y2="${y + 14}"></line>` +
    `<text class="tau-label" x="${f(x(t.tau))}" y="${y - 24}" text-anchor="middle">${escapeText(fill(strings.tauLabel, { tau: formatNumber(t.tau, 4) }))}</text>`;
  const dots = logits
    .map(
      (z, i) =>
        `<circle class="${inSupport.has(i) ? 'in' : 'out'}" cx="${f(x(z))}" cy="${y}" r="6"></circle>` +
        `<text class="index" x="${f(x(z))}" y="${y + 24}" text-anchor="middle">${i + 1}</text>`,
    )
    .join('');
  const caption = `<text class="axis-label" x="${width / 2}" y="${y + 44}" text-anchor="middle">${escapeText(strings.lineCaption)}</text>`;
  return axis + marker + dots + caption;
}

/**
 * Bars for sparsemax (solid) beside softmax (light) for every logit, each labelled with its probability;
 * sparsemax's exact zeros get the label "0" in bold, the logit sits under each pair.
 */
export function pairedBarsSvg(
  logits: readonly number[],
  sparse: readonly number[],
  soft: readonly number[],
  strings: SparsemaxStrings,
  width = 640,
  height = 240,
): string {
  const top = 24;
  const bottom = 44;
  const plot = height - top - bottom;
  const slot = width / Math.max(1, logits.length);
  const barWidth = Math.min(30, slot * 0.36);
  const bar = (p: number, x: number, cls: string) => {
    const h = Math.max(0, p * plot);
    const cx = x + barWidth / 2;
    const label = p === 0 ? '0' : formatNumber(p, 2);
    return (
      `<rect class="${cls}" x="${f(x)}" y="${f(top + plot - h)}" width="${f(barWidth)}" height="${f(h)}"></rect>` +
      `<text class="p${p === 0 ? ' exact-zero' : ''}" x="${f(cx)}" y="${f(top + plot - h - 5)}" text-anchor="middle">${escapeText(label)}</text>`
    );
  };
  const pairs = logits
    .map((z, i) => {
      const centre = i * slot + slot / 2;
      return (
        bar(sparse[i]!, centre - barWidth - 1, 'sparse') +
        bar(soft[i]!, centre + 1, 'soft') +
        `<text class="logit" x="${f(centre)}" y="${f(height - bottom + 18)}" text-anchor="middle">${escapeText(formatNumber(z, 4))}</text>`
      );
    })
    .join('');
  const baseline = `<line class="baseline" x1="0" x2="${width}" y1="${top + plot}" y2="${top + plot}"></line>`;
  const caption = `<text class="axis-label" x="${width / 2}" y="${height - 4}" text-anchor="middle">${escapeText(strings.barsCaption)}</text>`;
  return baseline + pairs + caption;
}

/** Everything the explorer shows for one logit vector, given the module's sparsemax and softmax outputs. */
export function sparsemaxView(
  logits: readonly number[],
  sparse: readonly number[],
  soft: readonly number[],
  strings: SparsemaxStrings,
) {
  const t = threshold(logits, sparse);
  const zeros = sparse.filter((p) => p === 0).length;
  return {
    threshold: t,
    lineSvg: logitLineSvg(logits, t, strings),
    barsSvg: pairedBarsSvg(logits, sparse, soft, strings),
    summary: fill(strings.summary, {
      tau: formatNumber(t.tau, 4),
      support: t.support.map((i) => i + 1).join(', '),
      count: t.support.length,
      n: logits.length,
      zeros,
      minSoft: formatNumber(Math.min(...soft), 3),
    }),
  };
}
