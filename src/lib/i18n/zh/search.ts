/** The search page and its client script: form, status lines, the honest "not covered" notice. */
export const search = {
  title: 'Search',
  description: 'Search every function page and guide of the Activation Functions Handbook.',
  label: 'Search functions and guides',
  /** Shown until the script runs (with links to the catalogue and the guides in between). */
  noScript: {
    before: 'Search needs JavaScript. You can also browse',
    catalogue: 'the catalogue',
    and: 'and',
    guides: 'the guides',
    after: '.',
  },
  prompt: 'Type to search every function page and guide.',
  searching: 'Searching…',
  missingIndex: 'The search index is missing: it is built by `npm run build`.',
  none: (query: string) => `No results for “${query}”.`,
  results: (total: number, query: string, shown: number) =>
    `${total} result${total === 1 ? '' : 's'} for “${query}”${total > shown ? `, showing the first ${shown}` : ''}.`,
  /** When even the best match is weak: say the site does not cover it, and offer what comes closest. */
  weak: (query: string) => `No page covers “${query}”; nearest pages:`,
};
