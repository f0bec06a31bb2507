/**
 * One edition's entries of a collection. Every page reads content through here, so an English page never
 * lists a Chinese entry and the reverse; ids come back as slugs, the same in both editions.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { entryLocale, entrySlug } from '../../lib/i18n/entry-id';
import type { Locale } from '../../lib/i18n/locale';

export type Localised<C extends CollectionKey> = CollectionEntry<C> & { readonly slug: string };

export async function entriesOf<C extends CollectionKey>(
  collection: C,
  locale: Locale,
  keep: (entry: CollectionEntry<C>) => boolean = () => true,
): Promise<Localised<C>[]> {
  const all = await getCollection(collection);
  return all
    .filter((entry) => entryLocale(entry.id) === locale && keep(entry))
    .map((entry) => Object.assign(entry, { slug: entrySlug(entry.id) }));
}
