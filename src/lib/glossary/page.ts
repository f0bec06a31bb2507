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
