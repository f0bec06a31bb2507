/**
 * The gradient-flow lab. `gradientFlow`: what its script writes at run time (captions, status lines, notices,
 * tables, chart labels). `gradientFlowPage`: the page's text and control labels, used at build time only, so the
 * script does not carry them. Entries ending in `Html` hold trusted markup (links, emphasis) written here.
 */
type Metric = 'gradient' | 'signal' | 'std' | 'dead';

export const gradientFlow = {
  /** The chart's caption and the y axis's description. */
  metricLabels: {
    gradient: 'Weight-gradient norm ‖∂L/∂W‖ per layer',
    signal: 'Back-propagated signal ‖∂L/∂z‖ per layer',
    std: 'Standard deviation of the activations per layer',
    dead: 'Share of dead units per layer',
  } satisfies Record<Metric, string>,
  axisTitles: {
    gradient: '‖∂L/∂W‖ (log scale)',
    signal: '‖∂L/∂z‖ (log scale)',
    std: 'activation std (log scale)',
    dead: 'dead units (share)',
  } satisfies Record<Metric, string>,
  layerAxis: 'layer (1 = nearest the input)',
  layerTooltip: (layer: number) => `layer ${layer}`,
  caption: (label: string, depth: number, width: number) =>
    `${label}, ${depth} layer${depth === 1 ? '' : 's'} of ${width} units.`,
  zeroNote: (names: readonly string[]) =>
    `${names.join(', ')}: the value is exactly 0 (no gradient) at the layers marked ✕ below the axis; a log scale cannot show 0.`,
  zeroTooltip: 'exactly 0 (no gradient)',
  zeroMarkerLabel: (name: string) => `${name}: exactly 0`,
  // Status lines.
  showingDefault: 'Showing the default run, computed when the site was built. Change any setting to recompute.',
  computingFirst: 'Computing the run for these settings…',
  computing: (depth: number, count: number) =>
    `Computing a forward and backward pass through ${depth} layers for ${count} function${count === 1 ? '' : 's'}…`,
  computedSome: (done: number, total: number) => `Computed ${done} of ${total} functions…`,
  computed: (total: number, depth: number, width: number, ms: number) =>
    `Computed ${total} function${total === 1 ? '' : 's'} × ${depth} layers × ${width} units in ${ms.toFixed(0)} ms.`,
  couldNotCompute: (error: string) => `Could not compute: ${error}`,
  chooseOne: 'Choose at least one function.',
  // URL notices.
  tooManyFunctions: (max: number) => `At most ${max} functions at once; the first ${max} are shown.`,
  snapped: (name: string, raw: number, used: number, step: number) =>
    `${name} ${raw} is not on the slider’s steps of ${step}; ${used} was used.`,
  // Tables.
  summaryHead: [
    'Function (init)',
    '‖∂L/∂W‖ at layer 1',
    'at the last layer',
    'first ÷ last',
    'std at the last layer',
    'most dead units in a layer',
  ] as readonly string[],
  layer: 'Layer',
  noGradient: '0 (no gradient)',
  undefinedRatio: '—',
  /** The reader's formula in legends and tables. */
  customFormula: (formula: string) => `f(x) = ${formula}`,
  /** A formula that does not parse, beside its field: where, what was there, and the parser's message. */
  formulaError: (message: string, column: number, excerpt: string) =>
    `At character ${column} (“${excerpt}”): ${message}. The other functions are shown without it.`,
};

export const gradientFlowPage = {
  title: 'Lab: gradient flow through depth',
  description:
    'Watch gradients vanish or hold steady layer by layer: a real forward and backward pass through a deep network for each activation, with the activation statistics of every layer.',
  leadHtml:
    'Backpropagation multiplies one derivative per layer. Here a deep, fully connected network of the chosen depth and width gets a batch of 64 random inputs; for each activation, one real forward and backward pass measures, at every layer, the back-propagated signal ‖∂L/∂z‖ (the gradient reaching the layer’s pre-activations) and the gradient of its weights ‖∂L/∂W‖. The background is in the guide on <a href="/guides/vanishing-gradients/">vanishing and exploding gradients</a>.',
  lookForHeading: 'What to look for',
  lookForHtml: [
    '<strong>Vanishing:</strong> choose <em>Signal ‖∂L/∂z‖</em>. With <a href="/functions/sigmoid/">sigmoid</a> each layer multiplies the signal by at most σ′(0) = 1/4 times the weights’ gain, so it shrinks by orders of magnitude on its way to the first layers, and so do their weight gradients: the first layers learn far more slowly than the last ones.',
    '<strong>Holding steady:</strong> <a href="/functions/relu/">ReLU</a> with He initialisation keeps the signal’s size roughly constant through depth. Switch to Xavier: the signal now shrinks layer by layer, while the weight-gradient curve mostly moves down as a whole (the activations that multiply the signal shrink too), about three decades at the default depth.',
    '<strong>Self-normalising:</strong> <a href="/functions/selu/">SELU</a> with LeCun initialisation keeps the activations’ standard deviation near 1 in every layer (choose <em>Activation std</em>).',
    '<strong>Dead units:</strong> choose <em>Dead units</em> to see the share of units whose derivative is zero for every input of the batch; the guide on <a href="/guides/dying-relu/">dying ReLU</a> explains why it matters.',
  ],
  controlsLabel: 'Network and activations',
  activations: 'Activations',
  depth: 'Depth',
  width: 'Width',
  initialisation: 'Initialisation',
  formulaHeading: 'Your own activation',
  formulaLabel: 'f(x) =',
  formulaHelp:
    'Numbers, x, + − × / ^, parentheses, pi, e, and exp, log, log1p, expm1, sqrt, abs, sin, cos, tanh, sigmoid, softplus, erf, erfc, sign, max, min. Press Enter to add it. Backpropagation uses its exact (symbolic) derivative. Under “Suited to each function” it gets Xavier, since nothing is known of its shape.',
  formulaBox: 'Show f(x) too',
  inits: { auto: 'Suited to each function', xavier: 'Xavier / Glorot', he: 'He / Kaiming', lecun: 'LeCun' },
  seed: 'Seed',
  aboutControls: 'About these controls',
  aboutControlsHtml: [
    '<strong>Initialisation</strong> sets the spread of the random starting weights from each layer’s fan-in (inputs per unit) and fan-out (units fed). <em>Xavier/Glorot</em> (Glorot &amp; Bengio, 2010) draws weights with variance 2/(fan-in + fan-out), one over the average fan, suited to tanh and sigmoid; <em>He/Kaiming</em> (He et al., 2015) uses 2/fan-in, doubling it because ReLU zeroes half its inputs; <em>LeCun</em> (LeCun et al., 1998) uses 1/fan-in, the setting SELU’s self-normalisation assumes. <em>Suited to each function</em> picks He for rectifiers and smooth ReLU-like functions, LeCun for SELU and Xavier otherwise. Weights are drawn from a normal distribution.',
    '<strong>Seed</strong> fixes the random numbers behind the weights and the inputs: the same seed gives the same network and the same numbers, so a shared link reproduces the run; another seed shows how much of a curve is chance.',
    'The <a href="/guides/vanishing-gradients/">vanishing-gradients guide</a> explains why these choices decide whether a deep network trains.',
  ],
  plot: 'Plot',
  metricNames: {
    gradient: 'Weight gradient ‖∂L/∂W‖',
    signal: 'Signal ‖∂L/∂z‖',
    std: 'Activation std',
    dead: 'Dead units',
  } satisfies Record<Metric, string>,
  defaultRunNote: 'The default settings, computed when the site was built.',
  deadMeaning:
    'A unit counts as dead in a layer when its derivative is exactly 0 for all 64 inputs of the batch. Over more inputs fewer units are zero on every one, so this share overstates how many units are dead for all inputs: for ReLU at the default settings, averaged over the 20 layers, about 19 % of the units are zero on all 64 inputs but about 11 % on all of 4,096.',
  legendLabel: 'Legend',
  summaryLabel: 'Summary per function',
  layersLabel: 'Values per layer',
  everyLayer: 'Every layer’s values',
  undefinedRatioNote:
    '— : the ratio is undefined because both gradients are exactly 0; the function’s derivative is 0 wherever it is defined, so no gradient reaches the weights.',
};
