/**
 * Links the first use of each glossary term on a content page (chapters, guides, function pages, both editions)
 * to its entry on /glossary/, so a reader who meets "fan-in" or "饱和" for the first time is one click from a
 * definition. The walk (lib/glossary/link-tree.ts) leaves headings, links, code, maths and MDX components alone.
 * Runs before rehype-edition-links, which moves the link to /zh/glossary/ on a Chinese page.
 */
import { glossaryEntries } from '../lib/glossary/entries';
import { linkFirstUses } from '../lib/glossary/link-tree';
import { termFinder } from '../lib/glossary/match';
import { contentEdition } from './content-edition.mjs';

const finders = { en: termFinder(glossaryEntries, 'en'), zh: termFinder(glossaryEntries, 'zh') };

export default function rehypeGlossaryLinks() {
  return (tree, file) => {
    const edition = contentEdition(file);
    if (edition === undefined) return;
    linkFirstUses(tree, finders[edition], (id) => `/glossary/#${id}`);
  };
}
