/**
 * The training lab's settings and their URL form, e.g.
 * /labs/training/?data=spiral&noise=0.1&fns=relu,tanh&layers=2&width=16&opt=adam&lr=0.03&batch=16&epochs=300&init=he-normal&seed=1
 * Every setting is written to the URL, defaults included, so a shared link reproduces its run even if the
 * defaults change later. Parsing never fails: an unusable value falls back to its default with a notice.
 */
import type { ActivationId } from '../../activations';
import { datasetIds, initSchemes, optimizerKinds, type DatasetId, type OptimizerKind } from '../../nn';
import { activationList, integerIn, oneOf } from '../../site/url-params';

/** 'auto' gives each network the initialisation suited to its activation (then initial weights differ in scale). */
export const initChoices = [...initSchemes, 'auto'] as const;
export type InitChoice = (typeof initChoices)[number];
/** Learning rates offered: a 1–3 ladder over five decades. */
export const learningRates = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3] as const;
/** Mini-batch sizes offered; 'full' is the whole training set (full-batch gradient descent). */
export const batchSizes = [1, 2, 4, 8, 16, 32, 64, 128, 'full'] as const;
export type BatchSize = (typeof batchSizes)[number];

export interface TrainingLabState {
  readonly dataset: DatasetId;
  /** Standard deviation of the Gaussian jitter on the points, a multiple of NOISE_STEP. */
  readonly noise: number;
  readonly fns: readonly ActivationId[];
  /** Hidden layers, all of the same width. */
  readonly layers: number;
  readonly width: number;
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
  readonly batch: BatchSize;
  /** Epochs a run trains for. */
  readonly epochs: number;
  readonly init: InitChoice;
  /** Seeds the points, the train/test split, the initial weights and the mini-batch shuffle. */
  readonly seed: number;
}

export const TRAINING_DEFAULTS: TrainingLabState = {
  dataset: 'spiral',
  noise: 0.05,
  fns: ['relu', 'leaky-relu', 'tanh', 'sigmoid'],
  layers: 2,
  width: 16,
  optimizer: 'adam',
  learningRate: 0.03,
  batch: 16,
  epochs: 300,
  init: 'he-normal',
  seed: 1,
};
export const NOISE_RANGE = [0, 0.5] as const;
export const NOISE_STEP = 0.01;
export const LAYERS_RANGE = [1, 5] as const;
export const WIDTH_RANGE = [2, 32] as const;
export const EPOCHS_RANGE = [1, 5000] as const;
export const SEED_RANGE = [0, 2 ** 31 - 1] as const;
/** Networks trained side by side: enough to compare, few enough to see each decision boundary. */
export const MAX_FUNCTIONS = 6;
/** At most this many entries of `fns` are read, however long the list in the URL. */
export const MAX_LISTED = 64;

function parseNoise(raw: string | null, notices: string[]): number {
  if (raw === null) return TRAINING_DEFAULTS.noise;
  const value = raw.trim() === '' ? NaN : Number(raw);
  const [lo, hi] = NOISE_RANGE;
  if (!(value >= lo && value <= hi)) {
    notices.push(`noise must be a number from ${lo} to ${hi}; ${TRAINING_DEFAULTS.noise} was used.`);
    return TRAINING_DEFAULTS.noise;
  }
  // Snap to the slider's steps, so the control can show the value that is used.
  const snapped = Math.round(value / NOISE_STEP) / Math.round(1 / NOISE_STEP);
  if (snapped !== value) notices.push(`noise was rounded to ${snapped}.`);
  return snapped;
}

function parseFns(raw: string | null, notices: string[]): ActivationId[] {
  const known = activationList(raw, TRAINING_DEFAULTS.fns, MAX_LISTED, 'trained', notices);
  if (known.length > MAX_FUNCTIONS)
    notices.push(
      `At most ${MAX_FUNCTIONS} networks train side by side; the first ${MAX_FUNCTIONS} functions were kept.`,
    );
  return known.slice(0, MAX_FUNCTIONS);
}

/** Read the lab's state from a query string; never throws. */
export function parseTrainingLabState(search: string | URLSearchParams): {
  state: TrainingLabState;
  notices: string[];
} {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const d = TRAINING_DEFAULTS;
  const notices: string[] = [];
  const state: TrainingLabState = {
    dataset: oneOf(params.get('data'), datasetIds, d.dataset, 'dataset', notices),
    noise: parseNoise(params.get('noise'), notices),
    fns: parseFns(params.get('fns'), notices),
    layers: integerIn(params.get('layers'), LAYERS_RANGE, d.layers, 'layers', notices),
    width: integerIn(params.get('width'), WIDTH_RANGE, d.width, 'width', notices),
    optimizer: oneOf(params.get('opt'), optimizerKinds, d.optimizer, 'optimizer', notices),
    learningRate: oneOf(params.get('lr'), learningRates, d.learningRate, 'learning rate', notices),
    batch: oneOf(params.get('batch'), batchSizes, d.batch, 'batch size', notices),
    epochs: integerIn(params.get('epochs'), EPOCHS_RANGE, d.epochs, 'epochs', notices),
    init: oneOf(params.get('init'), initChoices, d.init, 'initialisation', notices),
    seed: integerIn(params.get('seed'), SEED_RANGE, d.seed, 'seed', notices),
  };
  return { state, notices };
}

/** The query string (without "?") for a state: every setting, in a fixed order, commas unescaped. */
export function serializeTrainingLabState(s: TrainingLabState): string {
  return (
    `data=${s.dataset}&noise=${s.noise}&fns=${s.fns.join(',')}&layers=${s.layers}&width=${s.width}` +
    `&opt=${s.optimizer}&lr=${s.learningRate}&batch=${s.batch}&epochs=${s.epochs}&init=${s.init}&seed=${s.seed}`
  );
}

/** Do two states describe the same run up to its length? Then a longer run can continue the shorter one. */
export function sameRun(a: TrainingLabState, b: TrainingLabState): boolean {
  return serializeTrainingLabState({ ...a, epochs: 1 }) === serializeTrainingLabState({ ...b, epochs: 1 });
}
