/**
 * What the cheat sheet says about each function beyond its maths: where it is typically used, and the call that
 * gives it in each framework. The calls are checked against the code on the function page (tests/learn): every
 * name listed here appears in that page's snippet for the same framework, so the sheet and the page cannot drift.
 */
import type { Localized } from '../i18n';

/** The frameworks every function page shows code for. */
export const sheetFrameworks = ['pytorch', 'tensorflow', 'jax', 'paddle', 'mindspore'] as const;
export type SheetFramework = (typeof sheetFrameworks)[number];

export interface SheetExtras {
  /** Typical use in a few words (at most about 60 characters in English), e.g. "hidden layers of CNNs and MLPs". */
  readonly use: Localized;
  /**
   * The framework's own call(s) for the function, written as the page's snippet writes them and joined by " · "
   * when there are a module and a function form (`nn.LeakyReLU · F.leaky_relu`). Omitted when the framework has
   * no built-in and the page composes it from other operations.
   */
  readonly calls: Partial<Record<SheetFramework, string>>;
}

/** The data, one entry per catalogue id, lives in its own file. */
export { sheetExtras } from './sheet-extras-data';
