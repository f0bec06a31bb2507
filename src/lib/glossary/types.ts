/**
 * The reader's glossary (/glossary/): the terms the chapters, guides and function pages use, each defined in a
 * few plain sentences in both languages. rehype-glossary-links turns the first use of each term on a content page
 * into a link to its entry, so a reader meets a definition one click away from the word that needs it.
 */
import type { Localized } from '../i18n';

export interface GlossaryEntry {
  /** The entry's anchor on the glossary page (`/glossary/#fan-in`): lowercase words joined by hyphens. */
  readonly id: string;
  /** The headword as each edition prints it (the Chinese one as lib/i18n/glossary.ts fixes it, if listed there). */
  readonly term: Localized;
  /**
   * The word forms that count as a use of the term in prose, longest first where one contains another. English
   * forms match whole words, ignoring case ("saturates" does not match inside "unsaturated"); Chinese forms
   * match as written, anywhere in the text. Choose forms that almost never mean something else on the site.
   */
  readonly forms: { readonly en: readonly string[]; readonly zh: readonly string[] };
  /**
   * Phrases in which a form means something else and must not be linked ("weight decay" is not about a unit's
   * weights, "bias shift" not about its bias); matched by the same rules as the forms.
   */
  readonly except?: { readonly en?: readonly string[]; readonly zh?: readonly string[] };
  /**
   * The definition: one to three sentences of plain text (Unicode maths such as σ(x), x², C¹ is fine, and
   * `^∞` raises a character Unicode has no superscript for; no Markdown, no LaTeX), written for a reader who has not yet read the chapter that teaches the term.
   */
  readonly definition: Localized;
  /** Where the site teaches the term at length: a root-relative English path, optionally with a #fragment. */
  readonly taughtIn: string;
}
