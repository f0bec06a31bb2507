/** The reader's glossary at /glossary/. */
export const glossaryPage = {
  title: 'Glossary',
  description:
    'The terms the chapters and function pages use, from pre-activation and fan-in to saturation, logits and bfloat16, each defined in a few sentences with a link to the chapter that teaches it.',
  lead: 'Every term the chapters, guides and function pages rely on, in plain words. The first time a page uses one of these terms, the word links here; each entry links on to the chapter that teaches it properly.',
  taughtIn: 'Taught in',
  /** The other edition's headword, shown after the term: the English term on the Chinese page, nothing on the English one. */
  otherTerm: (_term: string) => '',
  termCount: (n: number) => `${n} terms.`,
  /** On the learning path's index page. */
  indexLink: 'Glossary',
  indexNote: 'Every term the chapters use, defined in a few plain sentences.',
};
