/** The comparison page: controls, notices, tables and the exported picture. */
export const compare = {
  outOfRange: (name: string, limit: number) =>
    `${name} must be a number between −${limit} and ${limit}; the default was used.`,
  swapped: 'xmin was larger than xmax, so they were swapped.',
  tooNarrow: (minSpan: number) => `The x range must be at least ${minSpan} wide; the default range was used.`,
  paramOutOfRange: (key: string, min: number, max: number, fallback: number) =>
    `${key} must be between ${min} and ${max}; the default ${fallback} was used.`,
};
