/**
 * Reading URL query values that readers may have typed or mangled: each reader returns a usable value and,
 * when it had to correct something, adds a sentence to `notices` for the page to show. Shared by the
 * comparison page and the labs.
 */
import { isActivationId, type ActivationId } from '../activations';
import { url as urlEn } from '../i18n/en/url';

/** The notices' wording: a language's `url` string table. */
type UrlStrings = typeof urlEn;

/** A whole number in [lo, hi]; anything else (decimals, words, out of range) gives the fallback with a notice. */
export function integerIn(
  raw: string | null,
  [lo, hi]: readonly [number, number],
  fallback: number,
  name: string,
  notices: string[],
  t: UrlStrings = urlEn,
): number {
  if (raw === null) return fallback;
  const value = /^\s*-?\d{1,12}\s*$/.test(raw) ? Number(raw) : NaN;
  if (value >= lo && value <= hi) return value;
  notices.push(t.wholeNumber(name, lo, hi, fallback));
  return fallback;
}

/**
 * A comma-separated list of activation ids: at most `maxListed` entries are read, unknown ones are named (five
 * at most, each cut to 40 characters) and dropped, duplicates removed; with no known id left, the defaults.
 * `fallbackText` ends the sentence that says so (e.g. "shown", "trained").
 */
export function activationList(
  raw: string | null,
  defaults: readonly ActivationId[],
  maxListed: number,
  fallbackText: string,
  notices: string[],
  t: UrlStrings = urlEn,
): ActivationId[] {
  if (raw === null) return [...defaults];
  let tokens = raw
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (tokens.length > maxListed) {
    notices.push(t.tooManyListed(maxListed, tokens.length));
    tokens = tokens.slice(0, maxListed);
  }
  const unknown = tokens.filter((t) => !isActivationId(t));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 5).map((t) => t.slice(0, 40));
    notices.push(t.unknownFunctions(named, unknown.length > 5));
  }
  const known = [...new Set(tokens.filter(isActivationId))];
  if (known.length > 0) return known;
  notices.push(t.noKnownFunction(fallbackText));
  return [...defaults];
}

/**
 * One of a list of choices: strings compared after trimming and lower-casing, numbers as numbers ("0.030" is
 * 0.03). Anything else gives the fallback, with a notice listing the valid choices.
 */
export function oneOf<T extends number | string>(
  raw: string | null,
  options: readonly T[],
  fallback: T,
  name: string,
  notices: string[],
  t: UrlStrings = urlEn,
): T {
  if (raw === null) return fallback;
  const text = raw.trim().toLowerCase();
  const found = options.find((o) => (typeof o === 'number' ? text !== '' && Number(text) === o : o === text));
  if (found !== undefined) return found;
  notices.push(t.unknownChoice(name, raw.slice(0, 40), fallback, options));
  return fallback;
}
