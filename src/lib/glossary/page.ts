/** The glossary page's order and its links onward, independent of how the page renders them. */
import type { Locale } from '../i18n';
import type { GlossaryEntry } from './types';

/**
 * The entries in the reader's alphabetical order: English by headword, Chinese by the pinyin of the headword
 * (the order of a Chinese dictionary; ICU's zh collation sorts by pinyin), Latin headwords such as "logit"
 * among them by their letters.
 */
export function glossaryOrder(entries: readonly GlossaryEntry[], locale: Locale): GlossaryEntry[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-CN' : 'en', { sensitivity: 'base' });
  return [...entries].sort((a, b) => collator.compare(a.term[locale], b.term[locale]));
}

/** Where `taughtIn` leads: which collection (or the function pages) and the slug, to find the page's title. */
export interface Teacher {
  readonly kind: 'learn' | 'guides' | 'functions';
  readonly slug: string;
  /** The #fragment, or '' for the top of the page. */
  readonly hash: string;
}

export function teacherOf(taughtIn: string): Teacher {
  const match = /^\/(learn|guides|functions)\/([a-z0-9-]+)\/(#[\w-]+)?$/.exec(taughtIn);
  if (match === null) throw new Error(`glossary: taughtIn "${taughtIn}" is not /learn/…/, /guides/…/ or /functions/…/`);
  return { kind: match[1] as Teacher['kind'], slug: match[2]!, hash: match[3] ?? '' };
}

/**
 * A heading's anchor in the other edition of the same page. Heading ids are made from the heading's text, so
 * `#initialisation-keeping-the-signals-spread` has no twin of that name on the Chinese page; but the editions
 * keep the same headings in the same order, so the anchor at the same position is the same section. Returns
 * '' (the top of the page) when the hash is not among `fromIds` or the two pages' headings do not line up.
 */
export function twinAnchor(hash: string, fromIds: readonly string[], toIds: readonly string[]): string {
  if (hash === '') return '';
  const index = fromIds.indexOf(hash.slice(1));
  if (index < 0 || fromIds.length !== toIds.length) return '';
  return `#${toIds[index]}`;
}

/** Text split into plain and superscript parts: `^x` raises the one character x (Unicode has no superscript ∞). */
export function superscriptParts(text: string): { readonly text: string; readonly sup: boolean }[] {
  return text
    .split(/\^(.)/u)
    .map((part, i) => ({ text: part, sup: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
