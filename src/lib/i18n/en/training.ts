/** The training lab: controls, notices, explanations, export and CSV messages. */
import type { Widen } from '../index';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const training = {
  customName: 'Custom',
  /** A network's heading when it uses the reader's formula. */
  customFormula: (formula: string) => `f(x) = ${formula}`,
  notices: {
    tooManyListed: (max: number, count: number) => `Only the first ${max} of ${count} listed networks were read.`,
    tooManyLayers: (max: number) => `A network lists at most ${max} layer activations; the rest were ignored.`,
    unknownFunctions: (named: readonly string[], more: boolean) =>
      `Unknown function${named.length > 1 ? 's' : ''} ignored: ${named.join(', ')}${more ? ', …' : ''}.`,
    noNetwork: 'No usable network was listed, so the default set is trained.',
    tooManyNetworks: (max: number) => `At most ${max} networks train side by side; the first ${max} were kept.`,
    bothLists: 'Both nets and fns were given; nets was used.',
    badFormula: (message: string) => `The custom formula was not used: ${message}.`,
    noFormula: 'A network used "custom" but no formula was given (custom=…); it was left out.',
    noiseRange: (lo: number, hi: number, fallback: number) =>
      `noise must be a number from ${lo} to ${hi}; ${fallback} was used.`,
    noiseRounded: (value: number) => `noise was rounded to ${value}.`,
    chooseOne: 'Choose at least one network; the last one stays.',
  },
  names: {
    dataset: 'dataset',
    layers: 'layers',
    width: 'width',
    optimizer: 'optimizer',
    learningRate: 'learning rate',
    batch: 'batch size',
    epochs: 'epochs',
    init: 'initialisation',
    seed: 'seed',
    speed: 'speed',
  },
  status: {
    done: (nets: number, epochs: number, seconds: string) =>
      `Trained ${plural(nets, 'network')} for ${plural(epochs, 'epoch')} in ${seconds} s.`,
    playing: (nets: number) => `Training ${plural(nets, 'network')}…`,
    start: (nets: number) => `${plural(nets, 'network')} at epoch 0. Press Play to train.`,
    paused: (epoch: number, epochs: number) => `Paused at epoch ${epoch} of ${epochs}.`,
    stopped: (error: string) => `Training stopped: ${error}`,
    workerFailed: 'The training worker failed to start.',
  },
  csv: {
    fieldCount: (line: number, got: number) => `line ${line}: expected 3 values (x₁, x₂, label), got ${got}.`,
    notNumber: (line: number) => `line ${line}: x₁ and x₂ must be numbers.`,
    badLabel: (line: number, label: string) => `line ${line}: the label must be 0 or 1, not "${label}".`,
    tooMany: (max: number) => `More than ${max} rows: the lab reads at most ${max}.`,
    tooFew: (min: number, got: number) => `At least ${min} rows are needed, found ${got}.`,
    oneClass: 'Both labels, 0 and 1, must occur.',
  },
  tables: {
    network: 'Network',
    resultsColumns: [
      'Network',
      'Training loss',
      'Test loss',
      'Training accuracy',
      'Test accuracy',
    ] as readonly string[],
    resultsCaption: (epoch: number) => `After ${plural(epoch, 'epoch')}`,
    deadCaption: (epoch: number) => `Dead units per hidden layer after ${plural(epoch, 'epoch')}`,
    layer: (l: number) => `Layer ${l}`,
    diverged: 'diverged',
    boundaryAfter: (name: string, epoch: number, accuracy: string) =>
      `Decision boundary of the ${name} network after ${plural(epoch, 'epoch')}: test accuracy ${accuracy}.`,
  },
  own: {
    tooLarge: 'That file is larger than 2 MB; the lab reads up to a few thousand rows.',
    using: (n: number) =>
      `Training on your ${n} points (70% for training, 30% held out for testing, split by the seed).`,
  },
  controls: {
    layerSelect: (net: number, layer: number) => `Network ${net}, hidden layer ${layer}`,
    remove: 'Remove',
    removeNet: (net: number) => `Remove network ${net}`,
  },
  transport: {
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    group: 'Training',
    progress: 'Training progress',
  },
  epochOf: (epoch: number, epochs: number) => `Epoch ${epoch} of ${epochs}`,
  testAccuracy: (percent: number) => `test accuracy ${percent}%`,
  boundary: (name: string) => `Decision boundary of the ${name} network`,
  lossLabel: (names: readonly string[], epoch: number, epochs: number) =>
    `Training loss per epoch, log scale, for ${names.join(', ')}: epoch ${epoch} of ${epochs}.`,
  chart: {
    xTitle: 'epoch',
    yTitle: 'training loss (log scale)',
    tooltipEpoch: (epoch: number) => `epoch ${epoch}`,
  },
  formula: {
    error: (message: string, column: number, excerpt: string) => `At character ${column} (“${excerpt}”): ${message}.`,
  },
  exporting: {
    done: (file: string, epoch: number) => `Saved ${file}: the network as trained for ${epoch} epochs.`,
    refused: (reason: string) => `Not exported: ${reason}.`,
  },
  page: {
    title: 'Lab: training side by side',
    description:
      'Train the same small network on 2-D data with different activations, per layer or your own formula, from the same initial weights: loss curves, decision boundaries, test accuracy and dead units, live in your browser; export the result to PyTorch, Keras or JAX.',
    lead: 'Small fully connected networks, the same points, the same seed and the same initial weights: only the activations differ. Press Play and watch the loss curves part ways and the decision boundaries take shape. Every setting is in the address, so a link reproduces the run.',
    noscript:
      'This lab trains its networks in your browser and needs JavaScript. Without it you still see the datasets and the default networks’ losses and accuracies before any training.',
    presetsHeading: 'Stories in one click',
    lookHeading: 'What to look for',
    settingsLabel: 'Data, network and training settings',
  },
  /**
   * One-click presets: each a link to a full lab URL. Arrays in this table are typed readonly, so another language's
   * table (its shape widened from this one) fits wherever the English one is expected.
   */
  presets: [
    {
      label: 'Sigmoid vanishing at depth',
      text: 'five sigmoid layers with plain SGD stay at the loss of a coin flip (ln 2 ≈ 0.69) while ReLU learns: each sigmoid layer multiplies the backward signal by at most 1/4.',
    },
    {
      label: 'ReLUs killed by a large learning rate',
      text: 'plain SGD at a learning rate of 1: most ReLU units go dead; Leaky ReLU keeps a small slope and none of its units dies.',
    },
    {
      label: 'SELU keeping its spread',
      text: 'five layers, all with LeCun initialisation (the one SELU is designed for): SELU keeps its activations near mean 0 and variance 1 and ends with the lowest loss.',
    },
    {
      label: 'ReLU, then tanh',
      text: 'an activation per layer: ReLU in the first hidden layer, tanh in the others, beside each alone.',
    },
    {
      label: 'Your own formula',
      text: 'x·tanh(softplus(x)) typed as a formula trains exactly like the built-in Mish.',
    },
  ] as readonly { label: string; text: string }[],
  look: [
    {
      title: 'Same start, different paths:',
      text: 'with one initialisation scheme every network starts from the very same weights, so the loss curves begin together (up to the activation’s effect) and any difference is the activations’. Choose “Suited to each activation” to give each its usual scheme: the same random draws, scaled differently.',
    },
    {
      title: 'Saturation:',
      text: 'sigmoid’s derivative is at most 1/4, so its network learns slowest, and more so the deeper it is. Adam rescales each step by the gradient’s recent size, but at these defaults it does not close sigmoid’s gap.',
    },
    {
      title: 'Dead units:',
      text: 'raise the learning rate and watch ReLU’s dead-unit share grow, while Leaky ReLU, whose slope is never 0, keeps every unit learning. A dead unit stops learning until the layers below move its inputs back into its active range.',
    },
    {
      title: 'Reproducible:',
      text: 'the seed fixes the points, the train/test split, the initial weights and the order of the mini-batches, so the same link trains the same networks again, to the last digit in the same browser (other engines may round Math.exp and its kin differently in the last bit).',
    },
  ] as readonly { title: string; text: string }[],
  form: {
    data: 'Data',
    noise: 'Noise',
    datasets: { spiral: 'Spiral', circles: 'Circles', xor: 'XOR', moons: 'Two moons' },
    activations: (max: number) => `Activations (up to ${max} networks)`,
    network: 'Network',
    layers: 'Hidden layers',
    width: 'Width',
    init: 'Initialisation',
    inits: {
      'he-normal': 'He (normal)',
      'he-uniform': 'He (uniform)',
      'xavier-normal': 'Xavier / Glorot (normal)',
      'xavier-uniform': 'Xavier / Glorot (uniform)',
      'lecun-normal': 'LeCun (normal)',
      auto: 'Suited to each activation',
    },
    training: 'Training',
    optimizer: 'Optimizer',
    optimizers: { sgd: 'SGD', momentum: 'SGD with momentum', adam: 'Adam' },
    learningRate: 'Learning rate',
    batch: 'Batch size',
    fullBatch: 'Full batch',
    epochs: 'Epochs',
    seed: 'Seed',
    speed: 'Speed',
    speeds: (speed: number | 'max') => (speed === 'max' ? 'As fast as possible' : `${speed} epochs per second`),
    layersHeading: 'Activation per layer',
    layersHelp:
      'Each network’s hidden layers, first to last. Change one to mix activations, e.g. ReLU then tanh; the boxes above add or remove networks with one activation throughout.',
    outputNote:
      'Every network ends in one output unit: its logit goes through a sigmoid to give P(class 1), and training minimises the binary cross-entropy, computed from the logit so it never overflows.',
    formulaHeading: 'Your own activation',
    formulaLabel: 'f(x) =',
    formulaHelp:
      'Numbers, x, + − × / ^, parentheses, pi, e, and exp, log, log1p, expm1, sqrt, abs, sin, cos, tanh, sigmoid, softplus, erf, erfc, sign, max, min. Press Enter to train it. Its derivative is exact (symbolic). Initialisation under “Suited to each activation”: Xavier, since nothing is known of its shape.',
    formulaBox: 'Train a network with f(x)',
    ownHeading: 'Your own data',
    ownHelp:
      'Paste or drop a CSV of x₁, x₂, label (0 or 1), one point per line, header optional, up to 5,000 rows. It stays in your browser. The points are shifted and scaled by one factor for both axes (so shapes keep their proportions) to fit the square from −1 to 1, then split 70/30 by the seed. Your data cannot live in a link: a shared address brings back the built-in dataset.',
    ownText: 'CSV text',
    ownFile: 'or choose a file',
    ownUse: 'Train on these points',
    ownClear: 'Back to the built-in data',
  },
  explain: {
    heading: 'The controls',
    items: [
      {
        term: 'Initialisation',
        text: 'how the random starting weights are scaled, from a layer’s fan-in n_in and fan-out n_out. Xavier/Glorot: Var(w) = 2/(n_in + n_out), for tanh-like units; He/Kaiming: 2/n_in, doubled because a ReLU zeroes half its inputs; LeCun: 1/n_in, the scale SELU’s self-normalisation assumes. The normal variants draw N(0, Var), the uniform ones U(−a, a) with a = √(3·Var).',
        links: [
          { href: 'https://proceedings.mlr.press/v9/glorot10a.html', text: 'Glorot & Bengio, 2010' },
          { href: 'https://arxiv.org/abs/1502.01852', text: 'He et al., 2015' },
          { href: 'https://arxiv.org/abs/1706.02515', text: 'Klambauer et al., 2017' },
        ],
      },
      {
        term: 'Seed',
        text: 'one number that fixes every random choice: the points and their noise, the train/test split, the initial weights and the shuffling of mini-batches. Change it to see how much of a result is luck.',
        links: [],
      },
      {
        term: 'Batch size',
        text: 'how many training points each weight update averages over; an epoch is one pass over all of them. Small batches give many noisy steps per epoch, the full batch one exact step.',
        links: [],
      },
      {
        term: 'Optimizer and learning rate',
        text: 'the step rule: SGD moves against the gradient by the learning rate times its size; momentum keeps a running direction; Adam scales each weight’s step by its recent gradient sizes.',
        links: [{ href: 'https://arxiv.org/abs/1412.6980', text: 'Kingma & Ba, 2015' }],
      },
    ] as readonly { term: string; text: string; links: readonly { href: string; text: string }[] }[],
  },
  results: {
    decisionHeading: 'Decision boundaries',
    key: 'Colour shows the class each network predicts, paler where it is unsure; filled dots are training points, rings are test points.',
    resultsHeading: 'Results',
    resultsRegion: 'Losses and accuracies',
    deadHeading: 'Dead units',
    deadText:
      'A unit is dead when its derivative is exactly 0 for every training point: no gradient reaches its weights, so it stops learning until the layers below move its inputs back into its active range. Only activations with a flat piece (ReLU, ReLU6, the hard functions) can have dead units.',
    deadNone: 'None of the chosen activations has a flat piece.',
    deadRegion: 'Dead units',
    lossCaption: 'Training loss (mean over each epoch’s mini-batches; log scale) per epoch.',
    lossFallback: 'The results table below lists the latest losses.',
  },
  exportUi: {
    heading: 'Take the network home',
    help: 'Download a trained network as a self-contained script — its layers, its trained weights and a line that runs it on the lab’s test points and prints the predictions — or as JSON. Export after training: the file holds the weights as they are now.',
    network: 'Network',
    formats: { torch: 'PyTorch script', keras: 'Keras 3 script', jax: 'JAX script', json: 'JSON' },
  },
  plural,
};

/** The table's shape with every string widened: what other languages provide and lib functions accept. */
export type TrainingStrings = Widen<typeof training>;
