/** Previous/next links between pages that have a reading order (function pages, guides). */

/** A page's neighbours in `order`; ends of the list have none on that side. */
export interface Neighbours<T> {
  prev?: T;
  next?: T;
}

/**
 * The entries before and after `current` in `order`, counting only those `exists` accepts (a catalogue id
 * without a built page is skipped, so a link never points at a missing page). An unknown `current` has none.
 */
export function neighbours<T>(
  order: readonly T[],
  current: T,
  exists: (item: T) => boolean = () => true,
): Neighbours<T> {
  const present = order.filter((item) => item === current || exists(item));
  const at = present.indexOf(current);
  if (at < 0) return {};
  const result: Neighbours<T> = {};
  const prev = present[at - 1];
  const next = present[at + 1];
  if (prev !== undefined) result.prev = prev;
  if (next !== undefined) result.next = next;
  return result;
}
