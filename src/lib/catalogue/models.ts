/**
 * Which activation well-known models use, and exactly where. Every row was checked by reading the linked
 * file at the linked commit (or, for Hugging Face files linked on `main`, the named symbol); a line anchor
 * is given only where that line was read. Rows we could not check are left out rather than guessed.
 */
import type { PageId, VariantId } from './ids';
import { languageModelUses } from './models-language';
import { visionAudioModelUses } from './models-vision-audio';

/** One place in one model where an activation is applied. */
export interface ModelUse {
  /** The model or model family as people usually name it. */
  model: string;
  /** The block of the network where the function sits. */
  block: string;
  /** Our page for the function. */
  fn: PageId;
  /** The variant shown on that page, when the model uses one (GELU's tanh form, QuickGELU). */
  variantId?: VariantId;
  /** The exact form, in a few words: what is computed, with which constants. */
  variant: string;
  /** Public code or config that shows it. */
  source: { url: string; file: string; symbol: string };
}

/** Every row: language models first, then vision and audio. */
export const modelUses: readonly ModelUse[] = [...languageModelUses, ...visionAudioModelUses];

/** The rows whose function is `id`: a page id gives every row on that page, a variant id only its own rows. */
export function modelsUsing(id: PageId | VariantId): ModelUse[] {
  return modelUses.filter((use) => use.fn === id || use.variantId === id);
}
