/** The softmax explorer: its error messages and the summary under the bars. */
export const softmax = {
  enterOne: 'Enter at least one number, e.g. 2, 1, 0.1.',
  tooMany: (max: number, count: number) => `Enter at most ${max} numbers (you entered ${count}).`,
  notFinite: (part: string) => `“${part}” is not a finite number.`,
  /** Some z/T is ±∞ in double precision, though every z is finite. */
  overflow: (temperature: string) =>
    `These logits divided by T = ${temperature} overflow (some z/T is beyond ±1.8 × 10³⁰⁸); use smaller logits or a larger T.`,
  summary: (sum: string, index: number, largest: string) =>
    `Probabilities sum to ${sum}; the largest is p${index} = ${largest}.`,
};
