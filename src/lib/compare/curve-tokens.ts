/**
 * The `fns` list of a comparison link, where each entry may carry its own parameters:
 * `fns=relu,leaky-relu(alpha=0.01),leaky-relu(alpha=0.3)`. Entries are split at commas outside parentheses;
 * inside them, `name=value` pairs are separated by commas or semicolons. Reading never throws: what cannot be
 * used is dropped and named (elided) in a notice.
 */
import { getActivation, isActivationId, type ActivationId, type ParamSpec } from '../activations';
import { compare as compareEn } from '../i18n/en/compare';
import { url as urlEn } from '../i18n/en/url';

/** Longest excerpt of reader text quoted in a notice; longer text is cut with an ellipsis. */
export const EXCERPT_MAX = 24;

/** Reader text for a notice: at most EXCERPT_MAX characters, control characters dropped, elided with "…". */
export function excerpt(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not be quoted
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length <= EXCERPT_MAX ? clean : `${clean.slice(0, EXCERPT_MAX - 1)}…`;
}

/** One entry of the list: an id and the parameters written beside it (possibly none). */
export interface CurveToken {
  readonly id: ActivationId;
  readonly given: Readonly<Record<string, number>>;
}

/** Split at commas that are not inside parentheses; an unbalanced entry stays whole (and is then unknown). */
export function splitTopLevel(raw: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const ENTRY = /^([a-z0-9-]{1,40})\s*(?:\(([^()]*)\))?$/;

/** Read one `name=value` list for an id; unknown names and unusable values are reported, the rest kept. */
function readGiven(id: ActivationId, inside: string, notices: string[], t: typeof compareEn): Record<string, number> {
  const specs = getActivation(id).params;
  const given: Record<string, number> = {};
  for (const pair of inside.split(/[,;]/)) {
    if (pair.trim() === '') continue;
    const [name = '', value = ''] = pair.split('=').map((s) => s.trim());
    const spec: ParamSpec | undefined = specs.find((p) => p.name === name);
    if (!spec) {
      notices.push(
        t.unknownParam(
          id,
          excerpt(name),
          specs.map((p) => p.name),
        ),
      );
      continue;
    }
    const number = value === '' ? NaN : Number(value);
    if (Number.isFinite(number) && number >= spec.min && number <= spec.max) given[name] = number;
    else notices.push(t.paramOutOfRange(`${id}(${name})`, spec.min, spec.max, spec.default));
  }
  return given;
}

/**
 * The entries of an `fns` value, in order, at most `maxListed` of them. Unknown ids are named (five at most,
 * elided); duplicates are kept here, because two entries of one id may carry different parameters.
 */
export function readCurveTokens(
  raw: string,
  maxListed: number,
  notices: string[],
  t: { compare: typeof compareEn; url: typeof urlEn },
): CurveToken[] {
  let entries = splitTopLevel(raw.toLowerCase());
  if (entries.length > maxListed) {
    notices.push(t.url.tooManyListed(maxListed, entries.length));
    entries = entries.slice(0, maxListed);
  }
  const tokens: CurveToken[] = [];
  const unknown: string[] = [];
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    const id = match?.[1];
    if (!match || id === undefined || !isActivationId(id)) {
      unknown.push(excerpt(entry));
      continue;
    }
    tokens.push({ id, given: match[2] === undefined ? {} : readGiven(id, match[2], notices, t.compare) });
  }
  if (unknown.length > 0) notices.push(t.url.unknownFunctions(unknown.slice(0, 5), unknown.length > 5));
  return tokens;
}

/** One entry written back: `id` or `id(name=value,…)` with the values that differ from the defaults. */
export function writeCurveToken(id: ActivationId, values: Readonly<Record<string, number>>): string {
  const parts = getActivation(id)
    .params.filter((p) => values[p.name] !== undefined && values[p.name] !== p.default)
    .map((p) => `${p.name}=${values[p.name]}`);
  return parts.length > 0 ? `${id}(${parts.join(',')})` : id;
}
