/** The training lab: controls, notices, explanations, export and CSV messages. */
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
    tooManyNetworks: (max: number) =>
      `At most ${max} networks train side by side; the first ${max} were kept.`,
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
  plural,
};
