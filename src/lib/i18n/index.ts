/**
 * Reader-facing strings that are not content: labels, notices, captions, table headings, lab explanations.
 * One table per language; the English table defines the shape every other language must satisfy, so a
 * missing key is a type error, never a silent fallback to English.
 *
 * Server code calls `strings(locale)`. Client scripts do not import the tables (that would ship every
 * string to every page): a component passes its feature's sub-table to its custom element as JSON in a
 * `data-strings` attribute, and the script reads it with `readStrings`.
 */
import { en } from './en';

/** The site's languages; English is served at the root. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];

/** A string table's shape with every literal widened: strings stay strings, message functions keep their arguments. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape of a complete string table. */
export type Strings = Widen<typeof en>;

const tables: Record<Locale, Strings> = { en };

/** The string table of a language. */
export function strings(locale: Locale = 'en'): Strings {
  return tables[locale];
}
