/** The softmax explorer: its inputs, errors, the bar chart's captions and the Jacobian table. */
export const softmax = {
  logits: 'Logits z (comma-separated)',
  temperature: 'Temperature T',
  barsLabel: 'Bar chart of the softmax probabilities',
  jacobianRegion: 'Jacobian table',
  /** The heading is "Jacobian ∂pᵢ/∂zⱼ" with real subscripts: the parts around them. */
  jacobianHeading: { before: 'Jacobian ∂p', middle: '/∂z' },
  errors: {
    empty: 'Enter at least one number, e.g. 2, 1, 0.1.',
    tooMany: (max: number, count: number) => `Enter at most ${max} numbers (you entered ${count}).`,
    notFinite: (part: string) => `“${part}” is not a finite number.`,
    /** Some z/T is ±∞ in double precision, though every z is finite. */
    overflow: (temperature: string) =>
      `These logits divided by T = ${temperature} overflow (some z/T is beyond ±1.8 × 10³⁰⁸); use smaller logits or a larger T.`,
  },
  axisLabel: 'logit z_i (bar: probability p_i)',
  corner: 'row i, column j',
  column: (j: number) => `j = ${j}`,
  row: (i: number) => `i = ${i}`,
  summary: (sum: string, index: number, largest: string) =>
    `Probabilities sum to ${sum}; the largest is p${index} = ${largest}.`,
};
