/**
 * Data written in English (model notes, kink notes) reaches Chinese pages through a dictionary keyed by the
 * English text. One lookup for all of them: English passes through, a missing Chinese rendering throws and
 * names the text and where to add it, so a new English row fails the build until it is translated.
 */
import type { Locale } from './locale';

export function phraseIn(
  dictionary: Readonly<Record<string, string>>,
  text: string,
  locale: Locale,
  /** What the text is and where its dictionary lives, for the error: `the kink note … in src/lib/…`. */
  where: { kind: string; file: string },
): string {
  if (locale === 'en') return text;
  const zh = Object.hasOwn(dictionary, text) ? dictionary[text] : undefined;
  if (zh === undefined) throw new Error(`No Chinese rendering of the ${where.kind} "${text}" in ${where.file}`);
  return zh;
}
