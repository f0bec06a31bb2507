/**
 * Keeps a Chinese page's links in the Chinese edition. Content files under a `zh/` folder (content/learn/zh/…)
 * write internal links exactly as their English twins do (`/functions/relu/`); this plugin moves every
 * root-relative link of such a file to `/zh/…`, so translators never have to, and a link can never leave the
 * reader's edition by mistake. English files are left untouched.
 */
import { visit } from 'unist-util-visit';
import { localePath } from '../lib/i18n/paths';
import { contentEdition } from './content-edition.mjs';

export default function rehypeEditionLinks() {
  return (tree, file) => {
    if (contentEdition(file) !== 'zh') return;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && typeof node.properties?.href === 'string')
        node.properties.href = localePath('zh', node.properties.href);
    });
  };
}
