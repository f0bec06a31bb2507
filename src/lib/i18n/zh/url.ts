/** Notices shown when a query string had to be corrected (shared by the comparison page and the labs). */
export const url = {
  wholeNumber: (name: string, lo: number, hi: number, fallback: number) =>
    `${name} must be a whole number from ${lo} to ${hi}; ${fallback} was used.`,
  tooManyListed: (max: number, count: number) => `Only the first ${max} of ${count} listed functions were read.`,
  unknownFunctions: (named: readonly string[], more: boolean) =>
    `Unknown function${named.length > 1 ? 's' : ''} ignored: ${named.join(', ')}${more ? ', …' : ''}.`,
  /** What the default set of functions is for, ending the notice below. */
  shown: 'shown',
  trained: 'trained',
  /** `outcome` says what the default set is for: "shown" or "trained". */
  noKnownFunction: (outcome: string) => `No known function was listed, so the default set is ${outcome}.`,
  unknownChoice: (name: string, raw: string, fallback: string | number, options: readonly (string | number)[]) =>
    `Unknown ${name} "${raw}"; ${fallback} was used. Valid: ${options.join(', ')}.`,
};
