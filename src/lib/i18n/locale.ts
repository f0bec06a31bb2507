/** The site's languages and how a page's `lang` maps to one; tiny, so client scripts can import it. */

/** The site's languages; English is served at the root. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];

/** The language of a page from its `<html lang>` (e.g. `en`, `en-GB`); anything unknown reads as English. */
export function localeOf(lang: string): Locale {
  const primary = lang.toLowerCase().split('-')[0];
  return locales.find((locale) => locale === primary) ?? 'en';
}
