/**
 * Finding uses of glossary terms in a page's prose. English forms match whole words, ignoring case: a letter,
 * digit or hyphen on either side means the form is part of a longer word ("saturates" is not found in
 * "unsaturated", "fan-in" not in "fan-in-out"). Chinese is written without spaces, so there a form matches
 * wherever it occurs; the entries choose forms that cannot occur inside unrelated words.
 */
import type { Locale } from '../i18n';
import type { GlossaryEntry } from './types';

/** A use of entry `id` at text.slice(start, end). */
export interface TermUse {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Finds the earliest use in `text` of any entry not in `skip`; on a tie the longer match wins. */
export type TermFinder = (text: string, skip: ReadonlySet<string>) => TermUse | undefined;

const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression per entry, its forms longest first so "dead units" wins over "dead unit". */
function patternOf(forms: readonly string[], locale: Locale): RegExp {
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return locale === 'en'
    ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}-])`, 'iu')
    : new RegExp(`(?:${alternatives})`, 'u');
}

export function termFinder(entries: readonly GlossaryEntry[], locale: Locale): TermFinder {
  const patterns = entries
    .filter((entry) => entry.forms[locale].length > 0)
    .map((entry) => ({ id: entry.id, pattern: patternOf(entry.forms[locale], locale) }));
  return (text, skip) => {
    let best: TermUse | undefined;
    for (const { id, pattern } of patterns) {
      if (skip.has(id)) continue;
      const found = pattern.exec(text);
      if (found === null) continue;
      const use = { id, start: found.index, end: found.index + found[0].length };
      if (best === undefined || use.start < best.start || (use.start === best.start && use.end > best.end)) best = use;
    }
    return best;
  };
}
