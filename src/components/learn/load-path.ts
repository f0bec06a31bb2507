/** The learning path as the routes need it: chapters in order, validated, with reading time and exercise ids. */
import { type CollectionEntry } from 'astro:content';
import { entriesOf } from '../site/content';
import type { Locale } from '../../lib/i18n/locale';
import { exerciseIds } from '../../lib/learn/exercises';
import { countWords, readingMinutes, validatePath } from '../../lib/learn/path';

export interface Chapter {
  readonly id: string;
  readonly entry: CollectionEntry<'learn'>;
  readonly order: number;
  readonly prerequisites: readonly string[];
  readonly minutes: number;
  readonly exercises: string[];
}

export async function loadPath(locale: Locale): Promise<Chapter[]> {
  const entries = await entriesOf('learn', locale);
  return validatePath(
    entries.map((entry) => ({
      id: entry.slug,
      entry,
      order: entry.data.order,
      prerequisites: entry.data.prerequisites,
      minutes: readingMinutes(countWords(entry.body ?? '')),
      exercises: exerciseIds(entry.slug),
    })),
  );
}

/** What client scripts need to know about each chapter. */
export function clientChapters(chapters: readonly Chapter[]) {
  return chapters.map((c) => ({ slug: c.id, title: c.entry.data.title, exercises: c.exercises }));
}
