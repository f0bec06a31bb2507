/**
 * The Markdown pipeline: remark-math finds $…$ and $$…$$, rehype-katex typesets them at build time, and
 * rehype-katex-strict turns any KaTeX error into a build failure. Headings get their ids here (Astro would
 * add them after our plugins) so rehype-heading-anchors can give each h2/h3 its "#" link. Shared by astro.config.mjs and the
 * content guard, so both render exactly the same way.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import rehypeEditionLinks from './rehype-edition-links.mjs';
import rehypeExternalLinks from './rehype-external-links.mjs';
import rehypeGlossaryLinks from './rehype-glossary-links.mjs';
import rehypeHeadingAnchors from './rehype-heading-anchors.mjs';
import rehypeKatexStrict from './rehype-katex-strict.mjs';

export const remarkPlugins = [remarkMath];
// strict: 'error' turns KaTeX's LaTeX-compatibility warnings into errors too.
/** @type {NonNullable<import('@astrojs/markdown-remark').UnifiedProcessorOptions['rehypePlugins']>} */
export const rehypePlugins = [
  [rehypeKatex, { strict: 'error' }],
  rehypeKatexStrict,
  rehypeExternalLinks,
  // Before rehype-edition-links, which moves the glossary links of a Chinese page to /zh/glossary/.
  rehypeGlossaryLinks,
  rehypeEditionLinks,
  rehypeHeadingIds,
  rehypeHeadingAnchors,
];
