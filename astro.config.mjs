// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/plugins/markdown.mjs';
import editions from './src/plugins/editions';
import securityHeaders from './src/plugins/security-headers';

export default defineConfig({
  site: 'https://activations.example.org',
  trailingSlash: 'always',
  // English at the root, Chinese under /zh/. Routes live in src/pages/[...lang]/ and build once per edition
  // (components/site/edition.ts); Astro.currentLocale tells every component which edition it renders.
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // Guides are MDX so they can embed the chart components; function pages are plain Markdown.
  integrations: [mdx(), securityHeaders(), editions()],
  vite: {
    // Never inline scripts into the HTML: every script is a file, so the CSP needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins }),
    // Plain code blocks, styled by our CSS: Shiki's inline colours miss AA contrast in places and need
    // style attributes, which a strict Content-Security-Policy blocks.
    syntaxHighlight: false,
  },
});
