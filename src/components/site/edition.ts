/**
 * The edition (language) of the page being rendered, for components and routes. Astro's i18n routing sets
 * `Astro.currentLocale` from the URL (`/zh/…` is Chinese, everything else English); `to` turns a site path
 * into the same page of this edition, so every internal link stays in the reader's language.
 */
import { localeOf, locales, type Locale } from '../../lib/i18n/locale';
import { localePath } from '../../lib/i18n/paths';

export interface Edition {
  readonly locale: Locale;
  /** A root-relative site path in this edition. */
  readonly to: (path: string) => string;
}

export function edition(astro: { readonly currentLocale: string | undefined }): Edition {
  const locale = localeOf(astro.currentLocale);
  return { locale, to: (path) => localePath(locale, path) };
}

/** The `[...lang]` parameter of each edition: none for English (served at the root), `zh` for Chinese. */
export function editionParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { lang: locale === 'en' ? undefined : locale }, props: { locale } }));
}
