/** The comparison page: controls, notices, captions and tables. */
export const compare = {
  pickerLabel: 'Functions to compare',
  selectAll: 'Select all / none',
  show: 'Show',
  views: { function: 'f(x)', derivative: 'f′(x)', both: 'both' },
  xFrom: 'x from',
  xTo: 'to',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyThisLink: (href: string) => `Copy this link: ${href}`,
  downloadPng: 'Download PNG',
  dataTable: 'Data table of the chart',
  sampledValues: 'Sampled values',
  derivativeSuffix: '(f′)',
  properties: 'Properties',
  matrixHint: 'Rows follow the functions you chose; sort by any column.',
  chooseOne: 'Choose at least one function to draw.',
  /** The chart's caption and accessible name. */
  caption: (view: 'function' | 'derivative' | 'both', names: readonly string[], xmin: number, xmax: number) =>
    `${view === 'function' ? 'Curves' : view === 'derivative' ? 'Derivatives' : 'Curves and derivatives'} of ${names.join(', ')} for x from ${xmin} to ${xmax}.`,
  outOfRange: (name: string, limit: number) =>
    `${name} must be a number between −${limit} and ${limit}; the default was used.`,
  swapped: 'xmin was larger than xmax, so they were swapped.',
  tooNarrow: (minSpan: number) => `The x range must be at least ${minSpan} wide; the default range was used.`,
  paramOutOfRange: (key: string, min: number, max: number, fallback: number) =>
    `${key} must be between ${min} and ${max}; the default ${fallback} was used.`,
};
