/**
 * Reader-facing strings that are not content: labels, notices, captions, table headings, lab explanations.
 * One table per language; the English table defines the shape every other language must satisfy, so a
 * missing key is a type error, never a silent fallback to English.
 *
 * Server code (components, pages) calls `strings(locale)`. A client script imports only its own feature's
 * sub-tables (e.g. `i18n/en/compare.ts`), one per language, and picks one with `localeOf` from the page's
 * `<html lang>`: importing this index would ship every string of the site to every page. Messages that take
 * values are functions, so the tables are modules rather than JSON.
 */
import { en } from './en';
import { zh } from './zh';
import type { Locale } from './locale';

export { htmlLang, localeOf, locales, nativeName, type Locale, type Localized } from './locale';

/** A string table's shape with every literal widened: strings stay strings, message functions keep their arguments. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape of a complete string table. */
export type Strings = Widen<typeof en>;

const tables: Record<Locale, Strings> = { en, zh };

/** The string table of a language. */
export function strings(locale: Locale = 'en'): Strings {
  return tables[locale];
}
