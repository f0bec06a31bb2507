/**
 * Links the first use of each glossary term on a content page (chapters, guides, function pages, both editions)
 * to its entry on /glossary/, so a reader who meets "fan-in" or "饱和" for the first time is one click from a
 * definition. The walk (lib/glossary/link-tree.ts) leaves headings, links, code, maths and MDX components alone.
 * Runs before rehype-edition-links, which moves the link to /zh/glossary/ on a Chinese page.
 */
import { glossaryEntries } from '../lib/glossary/entries';
import { linkFirstUses } from '../lib/glossary/link-tree';
import { termFinder } from '../lib/glossary/match';

const CONTENT = /[\\/]content[\\/](?:functions|guides|learn)[\\/]/;
const CHINESE = /[\\/]content[\\/](?:functions|guides|learn)[\\/]zh[\\/]/;
const finders = { en: termFinder(glossaryEntries, 'en'), zh: termFinder(glossaryEntries, 'zh') };

export default function rehypeGlossaryLinks() {
  return (tree, file) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!CONTENT.test(path)) return;
    linkFirstUses(tree, finders[CHINESE.test(path) ? 'zh' : 'en'], (id) => `/glossary/#${id}`);
  };
}
