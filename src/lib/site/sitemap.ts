/**
 * sitemap.xml for both editions: one <url> per page, each listing every edition of itself (and x-default,
 * the English page) as <xhtml:link rel="alternate" hreflang>, the form search engines read for translations.
 * Pure: the build passes the pathnames it wrote.
 */
import { htmlLang, locales } from '../i18n/locale';
import { alternatePaths } from '../i18n/paths';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Pages worth listing: not the not-found pages, each path once, in a stable order. */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  const normal = pathnames.map((p) => (p.startsWith('/') ? p : `/${p}`)).map((p) => (p.endsWith('/') ? p : `${p}/`));
  return [...new Set(normal)].filter((p) => !/(^|\/)404\/$/.test(p)).sort();
}

export function sitemapXml(pathnames: readonly string[], site: URL | string): string {
  const absolute = (path: string) => escape(new URL(path, site).href);
  const urls = sitemapPaths(pathnames).map((path) => {
    const alternates = alternatePaths(path);
    const links = [
      ...locales.map(
        (l) => `<xhtml:link rel="alternate" hreflang="${htmlLang[l]}" href="${absolute(alternates[l])}"/>`,
      ),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${absolute(alternates.en)}"/>`,
    ];
    return `  <url>\n    <loc>${absolute(path)}</loc>\n    ${links.join('\n    ')}\n  </url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
