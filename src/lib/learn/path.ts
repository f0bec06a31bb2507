/** The learning path's order: neighbours, and reading time from a chapter's text. */

/** The chapters before and after `slug` in `order` (null at either end); throws for a slug not in the path. */
export function neighbours<T extends { readonly id: string }>(
  order: readonly T[],
  slug: string,
): { prev: T | null; next: T | null } {
  const index = order.findIndex((item) => item.id === slug);
  if (index < 0) throw new Error(`neighbours: "${slug}" is not a chapter of the path`);
  return { prev: order[index - 1] ?? null, next: order[index + 1] ?? null };
}

/** Silent reading speed for technical prose, in words per minute (a conservative figure for a learner). */
export const WORDS_PER_MINUTE = 200;

/**
 * Words a reader reads in an MDX body: imports, component tags, code blocks and display maths do not count;
 * inline maths counts as one word, as it reads like one.
 */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' formula ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`[\]|-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read `words` words, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The labs a chapter can send its reader to, by path. */
export const labPaths = ['/labs/gradient-flow/', '/labs/training/'] as const;
export type LabPath = (typeof labPaths)[number];

/** What validatePath needs of a chapter. */
export interface PathEntry {
  readonly id: string;
  readonly order: number;
  readonly prerequisites: readonly string[];
}

/**
 * The chapters sorted by order, after checking that orders are distinct and that every prerequisite is a
 * chapter that comes earlier; a mistake throws, naming the chapter, so it fails the build.
 */
export function validatePath<T extends PathEntry>(chapters: readonly T[]): T[] {
  const sorted = [...chapters].sort((a, b) => a.order - b.order);
  sorted.forEach((chapter, i) => {
    if (i > 0 && sorted[i - 1]!.order === chapter.order)
      throw new Error(`learn: chapters "${sorted[i - 1]!.id}" and "${chapter.id}" share order ${chapter.order}`);
    for (const pre of chapter.prerequisites) {
      const at = sorted.findIndex((c) => c.id === pre);
      if (at < 0) throw new Error(`learn: "${chapter.id}" lists an unknown prerequisite "${pre}"`);
      if (at >= i) throw new Error(`learn: "${chapter.id}" lists "${pre}" as a prerequisite, but it comes later`);
    }
  });
  return sorted;
}
