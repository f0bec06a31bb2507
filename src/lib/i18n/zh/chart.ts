/** The function-page chart: axis titles, the x-range control and the notices about its URL. */
export const chart = {
  xTitle: 'x',
  yTitle: 'f(x), f′(x)',
  xRange: 'x range',
  xFrom: 'x from',
  xTo: 'to',
  reset: 'Reset',
  /** A URL value that is not a number in range. */
  paramOutOfRange: (label: string, raw: string, min: number, max: number, used: string) =>
    `${label} = “${raw}” is not a number from ${min} to ${max}; ${used} was used.`,
  /** A URL value between the slider's steps. */
  paramSnapped: (label: string, raw: string, used: string, step: number) =>
    `${label} = ${raw} is not on the slider’s steps of ${step}; ${used} was used.`,
  rangeOutOfBounds: (limit: number) =>
    `The x range must lie between −${limit} and ${limit}; the default range was used.`,
  rangeTooNarrow: (minSpan: number) => `The x range must be at least ${minSpan} wide; the default range was used.`,
};
