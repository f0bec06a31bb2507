/**
 * Where a page lives in each edition: English at the root (`/compare/`), Chinese under `/zh/` (`/zh/compare/`),
 * with the same path after the prefix. Pure, so pages, client scripts and tests share one rule.
 */
import { locales, type Locale } from './locale';

/** The URL prefix of an edition: '' for English, '/zh' for Chinese. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '' : `/${locale}`;
}

/** The edition a site path belongs to, from its first segment. */
export function pathLocale(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return locales.find((locale) => locale !== 'en' && locale === first) ?? 'en';
}

/** A site path without its edition prefix: `/zh/compare/?fns=relu` → `/compare/?fns=relu`. */
export function basePath(pathname: string): string {
  const locale = pathLocale(pathname);
  if (locale === 'en') return pathname;
  const rest = pathname.slice(localePrefix(locale).length);
  return rest === '' || !rest.startsWith('/') ? `/${rest}` : rest;
}

/**
 * A root-relative site path in one edition: `localePath('zh', '/compare/?fns=relu')` → `/zh/compare/?fns=relu`.
 * A path already in some edition is moved to this one; fragments-only and external links are returned as they are.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${localePrefix(locale)}${basePath(path)}`;
}

/**
 * The same page in every edition, for hreflang links and the language switch. A not-found page has no
 * counterpart worth linking (it is served at any unknown path), so its "same page" is each edition's home.
 */
export function alternatePaths(pathname: string): Record<Locale, string> {
  const base = /^\/404(\.html|\/)?$/.test(basePath(pathname)) ? '/' : basePath(pathname);
  return Object.fromEntries(locales.map((locale) => [locale, localePath(locale, base)])) as Record<Locale, string>;
}
