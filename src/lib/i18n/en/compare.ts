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
  unknownParam: (id: string, name: string, valid: readonly string[]) =>
    `${id} has no parameter “${name}”${valid.length > 0 ? ` (it has ${valid.join(', ')})` : ''}; it was ignored.`,
  tooManyCurves: (max: number) =>
    `At most ${max} extra curves (copies and formulas) are drawn; the rest of the link was ignored.`,
  formulaTooLong: (length: number, max: number, excerpt: string) =>
    `A formula of ${length} characters was ignored (at most ${max}): “${excerpt}”.`,
  /** A curve's label when one function is drawn more than once: its name and the values that set it apart. */
  copyLabel: (name: string, values: readonly string[]) => `${name} (${values.join(', ')})`,
  formulaLabel: (n: number) => `f(x), formula ${n}`,
  removeFormula: (n: number) => `Remove formula ${n}`,
  formulaError: (message: string) => `Not drawn: ${message}.`,
  removeCopy: (label: string) => `Remove ${label}`,
  /** The legend: a button toggles a curve (aria-pressed), a link opens its page. */
  functionPage: (name: string) => `${name}: function page`,
  /** The chart's axis titles and the exported picture (typed `string`, not the English literals, so other languages fit). */
  axisX: 'x',
  axisY: (view: 'function' | 'derivative' | 'both'): string =>
    view === 'function' ? 'f(x)' : view === 'derivative' ? 'f′(x)' : 'f(x), f′(x)',
  exportTitle: (view: 'function' | 'derivative' | 'both'): string =>
    view === 'function'
      ? 'Activation functions'
      : view === 'derivative'
        ? 'Derivatives of activation functions'
        : 'Activation functions and their derivatives',
  exportRange: (xmin: string, xmax: string) => `x from ${xmin} to ${xmax}`,
};

/** Wording only the server renders on the comparison page (kept out of the page's script). */
export const comparePage = {
  title: 'Compare activation functions',
  description:
    'Overlay any activation functions and their derivatives on one chart, tune their parameters, and compare their properties side by side. Every view is a shareable link.',
  /** The picker, collapsed on small screens. */
  chooseFunctions: 'Functions',
  /** The reader's own formulas. */
  formulaHeading: 'Your own function',
  formulaHint:
    'Numbers, x, + − * / ^, parentheses, pi, e, exp, log, log1p, expm1, sqrt, abs, sin, cos, tanh, sigmoid, softplus, erf, max, min. Press Enter to draw.',
  addFormula: 'Add a formula',
  /** Copies of one function with other parameters. */
  addCopy: (name: string) => `Add another ${name}`,
  /** Presets: where the frameworks disagree. */
  presetsHeading: 'Where the frameworks disagree',
  presetsIntro: 'Each link opens the comparison with the settings named.',
  presets: {
    'leaky-slopes': {
      title: 'Leaky ReLU slopes',
      note: 'PyTorch nn.LeakyReLU 0.01, TensorFlow tf.nn.leaky_relu 0.2, the Keras LeakyReLU layer 0.3.',
    },
    'gelu-exact-tanh': {
      title: 'GELU, exact or tanh',
      note: "PyTorch’s GELU is exact by default (approximate='none'); JAX’s jax.nn.gelu uses the tanh form by default (approximate=True).",
    },
    'hard-sigmoid': {
      title: 'Hard sigmoid, two definitions',
      note: 'PyTorch and Keras 3: relu6(x + 3)/6, corners at ±3. Keras 2: clip(0.2x + 0.5, 0, 1), corners at ±2.5.',
    },
    'softplus-beta': {
      title: 'Softplus with and without β',
      note: 'PyTorch’s Softplus takes β (default 1) and returns x once βx > 20 (threshold=20), a change below 2 × 10⁻⁹/β; jax.nn.softplus has no β.',
    },
    'elu-celu': {
      title: 'ELU and CELU at α = 2',
      note: 'They agree at α = 1 only: CELU divides x by α inside the exponential, so its slope at 0 stays 1.',
    },
    'swish-beta': {
      title: 'Swish β and GELU',
      note: 'SiLU is Swish with β = 1; x·σ(1.702x), Hendrycks and Gimpel’s sigmoid approximation of GELU, is Swish with β = 1.702.',
    },
  },
};
