/** The precision lab: controls, chart labels, notices, findings and the table of formats (its script loads this). */
export const precision = {
  controlsLabel: 'Function, format and error measure',
  fn: 'Function',
  format: 'Format',
  measure: 'Error measure',
  measures: { ulps: 'ulps of the format', relative: 'relative error' },
  xFrom: 'x from',
  xTo: 'to',
  defaultRange: 'Default range',
  /** The softmax case's name, a description (the other cases are named by their function). */
  softmaxCase: 'Softmax of [x, x − 1, x − 2], largest probability',
  /** Names of the query parameters in notices. */
  urlNames: { fn: 'function', format: 'format', measure: 'error measure' },
  rangeOutOfLimits: (limit: number) =>
    `The x range must lie between −${limit} and ${limit}; the default range was used.`,
  rangeSwapped: 'xmin was larger than xmax, so they were swapped.',
  rangeTooNarrow: (span: number) => `The x range must be at least ${span} wide; the default range was used.`,
  defaultView: 'Showing the default view, computed when the site was built. Change any setting to recompute.',
  computed: (ms: number) => `Recomputed both formulas at 601 points and in all four formats in ${ms} ms.`,
  /** Labels inside the chart. */
  naive: 'textbook formula',
  stable: 'stable formula',
  infRow: '∞ or NaN',
  zeroRow: 'exact (0)',
  /** The bottom row's label in float64, e.g. "≤ 4 ulps". */
  floorRow: (error: string) => `≤ ${error}`,
  floorNote: (ulps: number) =>
    `In float64 the reference itself is good to about ${ulps} ulps, so smaller errors are drawn on the bottom line.`,
  boundLine: (ulps: string) => `failure bound, ${ulps} ulps`,
  yTitle: { ulps: 'error in ulps (log scale)', relative: 'relative error (log scale)' },
  thresholdLine: 'threshold (dotted line)',
  classes: { overflow: 'overflow', underflow: 'underflow', cancellation: 'cancellation', nan: 'NaN' },
  caption: (name: string, format: string, measure: string, from: string, to: string) =>
    `Error of the textbook and the stable ${name} in ${format}, as ${measure} on a log scale, for x from ${from} to ${to}.`,
  /** One sentence per failure region of the textbook formula. */
  region: {
    overflow: 'overflows',
    underflow: 'underflows',
    cancellation: 'loses more than half its significant bits to cancellation',
    nan: 'returns NaN',
  },
  regionSentence: (name: string, format: string, verb: string, where: string) =>
    `The textbook ${name} ${verb} in ${format} ${where}.`,
  whereAbove: (from: string, to: string) => `for x ≥ ${from} (up to the end of the range shown, ${to})`,
  whereBelow: (to: string, from: string) => `for x ≤ ${to} (down to the start of the range shown, ${from})`,
  whereBetween: (from: string, to: string) => `for x from ${from} to ${to}`,
  whereEverywhere: 'everywhere in the range shown',
  /** The same, briefly, in a table cell. */
  briefAll: 'all x',
  noRegions: (name: string, format: string) =>
    `The textbook ${name} stays within the failure bound everywhere in this range in ${format}.`,
  stableSummary: (name: string, error: string) => `The stable ${name}'s largest error here is ${error}.`,
  boundExplained: (format: string, bits: number, ulps: string) =>
    `A sample counts as failed when its error exceeds 2^(p/2) ulps, i.e. when more than half of the ${bits} significand bits are wrong: ${ulps} ulps in ${format}.`,
  /** The table of all four formats. */
  tableCaption: (name: string) => `${name} in every format (each over its default range)`,
  tableHead: [
    'Format',
    'x range',
    'Where the textbook formula fails',
    'Largest error, textbook',
    'Largest error, stable',
  ] as readonly string[],
  tableRegion: 'All four formats',
  none: 'nowhere',
  ulpsUnit: 'ulps',
  nanAt: 'NaN',
};
