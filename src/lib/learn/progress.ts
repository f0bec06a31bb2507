/**
 * The learner's progress, kept in the browser only (localStorage): which chapters they have read and which
 * exercises they have solved. Stored as JSON under a versioned key, so a future format can ignore or migrate
 * an old one instead of misreading it. Everything here is pure; a tiny custom element does the storage I/O.
 */

/** The localStorage key; the number changes with the format. */
export const PROGRESS_KEY = 'activation-handbook:learn:v1';

/** Slugs of chapters read and ids of exercises solved, each list sorted and without repeats. */
export interface Progress {
  readonly version: 1;
  readonly read: readonly string[];
  readonly solved: readonly string[];
}

export const emptyProgress: Progress = { version: 1, read: [], solved: [] };

/** Chapter slugs and exercise ids are kebab-case words joined by "/"; anything else is dropped. */
const ID = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)?$/;

function cleanList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids = value.filter((item): item is string => typeof item === 'string' && item.length <= 80 && ID.test(item));
  return [...new Set(ids)].sort();
}

/**
 * Progress from stored text. Missing, malformed or foreign data (another version, wrong shapes) gives the
 * empty progress rather than an error: the page must work whatever the storage holds.
 */
export function parseProgress(text: string | null): Progress {
  if (!text) return emptyProgress;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyProgress;
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) return emptyProgress;
  const { read, solved } = data as { read?: unknown; solved?: unknown };
  return { version: 1, read: cleanList(read), solved: cleanList(solved) };
}

/** The text to store. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** The union of two records (e.g. two tabs that each saved): nothing a learner did is lost. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return { version: 1, read: cleanList([...a.read, ...b.read]), solved: cleanList([...a.solved, ...b.solved]) };
}

/** Progress with one more chapter read. */
export function markRead(progress: Progress, chapter: string): Progress {
  return mergeProgress(progress, { version: 1, read: [chapter], solved: [] });
}

/** Progress with one more exercise solved. */
export function markSolved(progress: Progress, exercise: string): Progress {
  return mergeProgress(progress, { version: 1, read: [], solved: [exercise] });
}

/** How far a learner is in one chapter. */
export interface ChapterProgress {
  readonly read: boolean;
  readonly solved: number;
  readonly total: number;
}

/** A chapter's state from its slug and its exercises' ids. */
export function chapterProgress(progress: Progress, chapter: string, exercises: readonly string[]): ChapterProgress {
  return {
    read: progress.read.includes(chapter),
    solved: exercises.filter((id) => progress.solved.includes(id)).length,
    total: exercises.length,
  };
}

/** The first chapter, in path order, not yet read; null when every one is (or the list is empty). */
export function nextChapter(progress: Progress, order: readonly string[]): string | null {
  return order.find((slug) => !progress.read.includes(slug)) ?? null;
}
