import { describe, expect, it } from 'vitest';
import { sitemapPaths, sitemapXml } from '../../src/lib/site/sitemap';

describe('sitemap', () => {
  it('lists each page once with a trailing slash, without not-found pages', () => {
    expect(sitemapPaths(['/', 'compare/', '/zh/compare', '/compare/', '/404/', 'zh/404/', '/zh/'])).toEqual([
      '/',
      '/compare/',
      '/zh/',
      '/zh/compare/',
    ]);
  });

  it('gives every page its twin in the other edition and an x-default', () => {
    const xml = sitemapXml(['/functions/relu/', '/zh/functions/relu/'], 'https://example.org');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://example.org/zh/functions/relu/</loc>');
    // Both <url> entries carry the same three alternates.
    expect(xml.match(/hreflang="zh-CN" href="https:\/\/example.org\/zh\/functions\/relu\/"/g)).toHaveLength(2);
    expect(xml.match(/hreflang="en" href="https:\/\/example.org\/functions\/relu\/"/g)).toHaveLength(2);
    expect(xml.match(/hreflang="x-default" href="https:\/\/example.org\/functions\/relu\/"/g)).toHaveLength(2);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('escapes query characters', () => {
    expect(sitemapXml(['/a&b/'], 'https://example.org')).toContain('<loc>https://example.org/a&amp;b/</loc>');
  });
});
