/**
 * The search query as the search page reads it. The query lives in the page's URL, so an unbounded one
 * (a pasted page, a hostile link) would make an address too long to reload or share: it is capped here and
 * by the forms' maxlength, and a longer `q` in a URL is cut to the cap.
 */

/** The longest query read or kept, in UTF-16 code units (like the input's maxlength). */
export const MAX_QUERY_LENGTH = 200;

/** The query from a URL's `q`, cut to MAX_QUERY_LENGTH without splitting a surrogate pair. */
export function queryFromSearch(search: string): string {
  const query = new URLSearchParams(search).get('q') ?? '';
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  // A lone high surrogate at the end is half a character (an emoji, a rare CJK ideograph): drop it.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A word's stem, roughly: a plural or -ing/-ed ending dropped when enough remains ("neurons" → "neuron",
 * "activations" → "activation"), so a page that says "neuron" still covers a query for "neurons".
 */
function stem(word: string): string {
  for (const ending of ['ing', 'es', 'ed', 's']) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

/** The words of a query, lower-cased, without punctuation. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term !== '');
}

/**
 * Whether a page's text covers the query: every query word, stemmed, starts some word of the text. Pagefind
 * ranks by relevance but always returns something close (a query for "maxout" matches pages that only say
 * "max"), and its score is not comparable between queries, so the search page asks this of the best result
 * before presenting results as answers.
 */
export function coversQuery(query: string, text: string): boolean {
  const words = new Set(queryTerms(text));
  const prefixes = [...words];
  return queryTerms(query).every((term) => {
    const root = stem(term);
    return words.has(term) || prefixes.some((word) => word.startsWith(root));
  });
}
