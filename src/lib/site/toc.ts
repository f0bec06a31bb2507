/**
 * The on-page table of contents, built at build time from a page's headings: the sections its component
 * renders and the headings of its Markdown body (Astro's `render()` returns those as `{ depth, slug, text }`).
 */

/** One heading as Astro's `render()` reports it. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A table-of-contents entry: an h2, with the h3s under it. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nest h2/h3 headings into a two-level list, in page order. Deeper and shallower headings (h1, h4…) are
 * left out. An h3 that comes before any h2 has no parent, so it is listed at the top level rather than lost.
 */
export function buildToc(headings: readonly TocHeading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth !== 2 && depth !== 3) continue;
    const item: TocItem = { slug, text, children: [] };
    const parent = items.at(-1);
    if (depth === 3 && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}

/** A heading the page component renders itself (not from Markdown): an h2 unless said otherwise. */
export function section(slug: string, text: string, depth = 2): TocHeading {
  return { depth, slug, text };
}
