/**
 * Content entries of both editions share a collection: an English entry's id is its slug (`relu`), a Chinese
 * entry's id is `zh/` plus the same slug. These two functions are the only place that knows it.
 */
import { locales, type Locale } from './locale';

/** The edition an entry id belongs to. */
export function entryLocale(id: string): Locale {
  const prefix = id.split('/')[0];
  return locales.find((locale) => locale !== 'en' && locale === prefix) ?? 'en';
}

/** The slug an entry is published under, the same in every edition. */
export function entrySlug(id: string): string {
  const locale = entryLocale(id);
  return locale === 'en' ? id : id.slice(locale.length + 1);
}
