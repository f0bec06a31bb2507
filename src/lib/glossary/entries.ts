/**
 * The reader's glossary, in alphabetical order of the English term. Each Chinese headword is the one
 * lib/i18n/glossary.ts fixes for the English term where that table lists it. `forms` are what the content pages
 * really write (checked by tests/glossary/entries.test.ts); forms that would mostly link the wrong sense are left
 * out, e.g. bare "Glorot" (also the 2011 sparse-rectifier paper) and bare "cancellation" (also the exact
 * sigmoid/cross-entropy cancellation).
 */
import { entriesAToK } from './entries-a-k';
import { entriesLToZ } from './entries-l-z';
import type { GlossaryEntry } from './types';

/** All entries, alphabetical; split in two files only to keep each file short. */
export const glossaryEntries: readonly GlossaryEntry[] = [...entriesAToK, ...entriesLToZ];
