/**
 * What the softmax explorer shows, as plain strings: parsing the reader's logits, the bar chart of the
 * probabilities (SVG) and the Jacobian table (HTML). Pure, so the build and the browser render identically.
 */
import { softmax, softmaxJacobian } from '../activations';
import { formatNumber } from '../format/number';
import { softmax as softmaxEn } from '../i18n/en/softmax';

/** The explorer's wording in one language (English by default). */
export type SoftmaxStrings = typeof softmaxEn;

/** The most logits the explorer accepts; more would make the Jacobian unreadable. */
export const MAX_LOGITS = 12;

export type ParsedLogits = { ok: true; values: number[] } | { ok: false; error: string };

/** Read "1, -0.5, 3.4" (commas and/or spaces) as numbers, with a message a reader can act on when it fails. */
export function parseLogits(text: string, t: SoftmaxStrings = softmaxEn): ParsedLogits {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, error: t.errors.empty };
  if (parts.length > MAX_LOGITS) return { ok: false, error: t.errors.tooMany(MAX_LOGITS, parts.length) };
  const values: number[] = [];
  for (const part of parts) {
    const value = Number(part.replace('−', '-'));
    if (part.trim() === '' || !Number.isFinite(value)) return { ok: false, error: t.errors.notFinite(excerpt(part)) };
    values.push(value);
  }
  return { ok: true, values };
}

/** The longest piece of the reader's input an error message quotes; longer pieces are elided in the middle. */
const QUOTE_LENGTH = 24;

/** A short excerpt of what the reader typed: a pasted 100,000-character token must not fill the page. */
function excerpt(text: string): string {
  if (text.length <= QUOTE_LENGTH) return text;
  const half = QUOTE_LENGTH / 2;
  return `${text.slice(0, half)}…${text.slice(-half)}`;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A bar chart of probabilities: one bar per logit, the probability above it and the logit below. */
export function probabilityBarsSvg(
  logits: readonly number[],
  probabilities: readonly number[],
  width = 640,
  height = 260,
  t: SoftmaxStrings = softmaxEn,
): string {
  const top = 24;
  const bottom = 40;
  const plot = height - top - bottom;
  const slot = width / Math.max(1, probabilities.length);
  const barWidth = Math.min(64, slot * 0.7);
  const bars = probabilities
    .map((p, i) => {
      // A probability that is not a number draws no bar rather than an attribute SVG rejects.
      const h = Number.isFinite(p) ? Math.max(0, p * plot) : 0;
      const x = i * slot + (slot - barWidth) / 2;
      const cx = i * slot + slot / 2;
      return (
        `<rect class="bar" x="${x.toFixed(1)}" y="${(top + plot - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}"></rect>` +
        `<text class="p" x="${cx.toFixed(1)}" y="${(top + plot - h - 6).toFixed(1)}" text-anchor="middle">${escapeText(formatNumber(p, 3))}</text>` +
        `<text class="logit" x="${cx.toFixed(1)}" y="${(height - bottom + 18).toFixed(1)}" text-anchor="middle">${escapeText(formatNumber(logits[i]!, 4))}</text>`
      );
    })
    .join('');
  const baseline = `<line class="baseline" x1="0" x2="${width}" y1="${top + plot}" y2="${top + plot}"></line>`;
  const caption = `<text class="axis-label" x="${width / 2}" y="${height - 4}" text-anchor="middle">${escapeText(t.axisLabel)}</text>`;
  return baseline + bars + caption;
}

/** The Jacobian ∂p_i/∂z_j as an HTML table body, rows i, columns j. */
export function jacobianTableHtml(
  logits: readonly number[],
  temperature: number,
  t: SoftmaxStrings = softmaxEn,
): string {
  const jacobian = softmaxJacobian(logits, temperature);
  const head = `<tr><th scope="col"><span class="visually-hidden">${escapeText(t.corner)}</span></th>${jacobian
    .map((_, j) => `<th scope="col">${escapeText(t.column(j + 1))}</th>`)
    .join('')}</tr>`;
  const rows = jacobian
    .map(
      (row, i) =>
        `<tr><th scope="row">${escapeText(t.row(i + 1))}</th>${row.map((v, j) => `<td${i === j ? ' class="diagonal"' : ''}>${escapeText(formatNumber(v, 3))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<thead>${head}</thead><tbody>${rows}</tbody>`;
}

/**
 * Softmax divides every logit by T before exponentiating. For finite logits z/T can still overflow to ±∞
 * (−10³⁰⁸ / 0.5): then the shifted exponents are ∞ − ∞ = NaN and nothing meaningful can be drawn. Returns
 * the message to show in that case, undefined when every z/T is finite.
 */
export function scaledOverflow(logits: readonly number[], temperature: number, t: SoftmaxStrings = softmaxEn) {
  return logits.every((z) => Number.isFinite(z / temperature))
    ? undefined
    : t.errors.overflow(formatNumber(temperature, 3));
}

/** Everything the explorer shows for one state. */
export function softmaxView(logits: readonly number[], temperature: number, t: SoftmaxStrings = softmaxEn) {
  const probabilities = softmax(logits, temperature);
  const sum = probabilities.reduce((a, b) => a + b, 0);
  const largest = probabilities.indexOf(Math.max(...probabilities));
  return {
    probabilities,
    barsSvg: probabilityBarsSvg(logits, probabilities, 640, 260, t),
    jacobianHtml: jacobianTableHtml(logits, temperature, t),
    summary: t.summary(formatNumber(sum, 12), largest + 1, formatNumber(probabilities[largest]!, 4)),
  };
}
