/** The site's languages and how a page's `lang` maps to one; tiny, so client scripts can import it. */

/** The site's languages; English is served at the root, Chinese under /zh/. */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

/** The `<html lang>` and hreflang value of each language (Simplified Chinese as read in mainland China). */
export const htmlLang: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-CN' };

/** The language of a page from its `<html lang>` (e.g. `en`, `en-GB`, `zh-CN`); anything unknown reads as English. */
export function localeOf(lang: string | undefined): Locale {
  const primary = (lang ?? '').toLowerCase().split('-')[0];
  return locales.find((locale) => locale === primary) ?? 'en';
}

/** Each language's name in itself, as the language switch shows it (never translated). */
export const nativeName: Readonly<Record<Locale, string>> = { en: 'English', zh: '中文' };

/** Text given in every language; a missing language is a type error. */
export type Localized = Readonly<Record<Locale, string>>;
