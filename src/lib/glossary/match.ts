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

/** One global regular expression for a list of phrases, longest first so "dead units" wins over "dead unit". */
function patternOf(phrases: readonly string[], locale: Locale): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return locale === 'en'
    ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}-])`, 'giu')
    : new RegExp(`(?:${alternatives})`, 'gu');
}

/** Every match of a global pattern in `text`, as [start, end) spans. */
function spans(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** The first use of the forms in `text` that lies in none of the exception phrases. */
function firstUse(forms: RegExp, except: RegExp | undefined, text: string): [number, number] | undefined {
  const excluded = except === undefined ? [] : spans(except, text);
  return spans(forms, text).find(([start, end]) => !excluded.some(([s, e]) => start < e && s < end));
}

export function termFinder(entries: readonly GlossaryEntry[], locale: Locale): TermFinder {
  const patterns = entries
    .filter((entry) => entry.forms[locale].length > 0)
    .map((entry) => {
      const except = entry.except?.[locale] ?? [];
      return {
        id: entry.id,
        forms: patternOf(entry.forms[locale], locale),
        except: except.length > 0 ? patternOf(except, locale) : undefined,
      };
    });
  return (text, skip) => {
    let best: TermUse | undefined;
    for (const { id, forms, except } of patterns) {
      if (skip.has(id)) continue;
      const found = firstUse(forms, except, text);
      if (found === undefined) continue;
      const use = { id, start: found[0], end: found[1] };
      if (best === undefined || use.start < best.start || (use.start === best.start && use.end > best.end)) best = use;
    }
    return best;
  };
}
