/**
 * An Astro integration for the two editions, run once the build is done:
 * - writes dist/sitemap.xml listing every page with its other-language twin (src/lib/site/sitemap.ts);
 * - moves the Chinese not-found page to dist/zh/404.html, the name hosts look for (Astro writes every page
 *   except the root 404 as <path>/index.html).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { sitemapXml } from '../lib/site/sitemap';

export default function editions(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const zh404 = new URL('zh/404/index.html', dir);
        if (existsSync(zh404)) {
          mkdirSync(new URL('zh/', dir), { recursive: true });
          renameSync(zh404, new URL('zh/404.html', dir));
          rmSync(new URL('zh/404/', dir), { recursive: true });
        }
        if (!site) throw new Error('editions: set `site` in astro.config.mjs; the sitemap needs absolute URLs');
        const paths = pages.map((page) => `/${page.pathname}`);
        writeFileSync(new URL('sitemap.xml', dir), sitemapXml(paths, site));
        logger.info(`wrote sitemap.xml (${paths.length} pages)`);
      },
    },
  };
}
