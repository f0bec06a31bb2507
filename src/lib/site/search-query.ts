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
