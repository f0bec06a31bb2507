/**
 * The training lab's settings and their URL form, e.g.
 * /labs/training/?data=spiral&noise=0.1&fns=relu,tanh&layers=2&width=16&opt=adam&lr=0.03&batch=16&epochs=300&init=he-normal&seed=1&speed=30
 * Networks with an activation per layer are written `nets=relu|tanh,gelu` (see networks.ts), the reader's
 * formula `custom=<formula>`. Every setting is written to the URL, defaults included, so a shared link
 * reproduces its run even if the defaults change later. Parsing never fails: an unusable value falls back to
 * its default with a notice. A reader's CSV data is not part of the state: it cannot live in a URL.
 */
import { parseFormula } from '../../formula';
import { training as trainingEn, type TrainingStrings } from '../../i18n/en/training';
import { datasetIds, initSchemes, optimizerKinds, type DatasetId, type OptimizerKind } from '../../nn';
import { integerIn, oneOf } from '../../site/url-params';
import { parseNets, serializeNets, usesCustom, type NetSpec } from './networks';

/** 'auto' gives each network the initialisation suited to its activation (then initial weights differ in scale). */
export const initChoices = [...initSchemes, 'auto'] as const;
export type InitChoice = (typeof initChoices)[number];
/** Learning rates offered: a 1–3 ladder over five decades. */
export const learningRates = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3] as const;
/** Mini-batch sizes offered; 'full' is the whole training set (full-batch gradient descent). */
export const batchSizes = [1, 2, 4, 8, 16, 32, 64, 128, 'full'] as const;
export type BatchSize = (typeof batchSizes)[number];
/** Epochs per second while playing; 'max' trains as fast as the machine allows. */
export const speeds = [1, 3, 10, 30, 100, 'max'] as const;
export type Speed = (typeof speeds)[number];

export interface TrainingLabState {
  readonly dataset: DatasetId;
  /** Standard deviation of the Gaussian jitter on the points, a multiple of NOISE_STEP. */
  readonly noise: number;
  /** The networks trained side by side, each a list of hidden-layer activations (see networks.ts). */
  readonly nets: readonly NetSpec[];
  /** The reader's formula, normalised (parseFormula's `normalized`), or '' for none. */
  readonly custom: string;
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
  /** How fast a run plays; it never changes the numbers. */
  readonly speed: Speed;
}

export const TRAINING_DEFAULTS: TrainingLabState = {
  dataset: 'spiral',
  noise: 0.05,
  nets: [['relu'], ['leaky-relu'], ['tanh'], ['sigmoid']],
  custom: '',
  layers: 2,
  width: 16,
  optimizer: 'adam',
  learningRate: 0.03,
  batch: 16,
  epochs: 300,
  init: 'he-normal',
  seed: 1,
  speed: 30,
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

function parseNoise(raw: string | null, notices: string[], t: Notices): number {
  if (raw === null) return TRAINING_DEFAULTS.noise;
  const value = raw.trim() === '' ? NaN : Number(raw);
  const [lo, hi] = NOISE_RANGE;
  if (!(value >= lo && value <= hi)) {
    notices.push(t.noiseRange(lo, hi, TRAINING_DEFAULTS.noise));
    return TRAINING_DEFAULTS.noise;
  }
  // Snap to the slider's steps, so the control can show the value that is used.
  const snapped = Math.round(value / NOISE_STEP) / Math.round(1 / NOISE_STEP);
  if (snapped !== value) notices.push(t.noiseRounded(snapped));
  return snapped;
}

type Notices = TrainingStrings['notices'];

/**
 * The networks and the formula: `nets` (or, in older links, `fns`) and `custom`. A formula that does not
 * parse is named with the parser's message and the networks using it are left out. A formula given with
 * no network using it trains one of its own (`?custom=x*tanh(x)` alone adds it to the default set).
 */
function parseNetworks(params: URLSearchParams, notices: string[], t: Notices): { nets: NetSpec[]; custom: string } {
  const raw = params.get('nets') ?? params.get('fns');
  if (params.has('nets') && params.has('fns')) notices.push(t.bothLists);
  let nets = raw === null ? [...TRAINING_DEFAULTS.nets] : parseNets(raw, MAX_LISTED, notices, t);
  let custom = '';
  const text = params.get('custom');
  if (text !== null) {
    const parsed = parseFormula(text);
    if (parsed.ok) custom = parsed.normalized;
    else notices.push(t.badFormula(parsed.message));
  }
  if (custom === '' && usesCustom(nets)) {
    if (text === null) notices.push(t.noFormula);
    nets = nets.filter((spec) => !spec.includes('custom'));
  }
  if (custom !== '' && !usesCustom(nets)) nets.push(['custom']);
  if (nets.length === 0) {
    notices.push(t.noNetwork);
    nets = [...TRAINING_DEFAULTS.nets];
  }
  if (nets.length > MAX_FUNCTIONS) {
    notices.push(t.tooManyNetworks(MAX_FUNCTIONS));
    nets = nets.slice(0, MAX_FUNCTIONS);
  }
  // The formula is kept only while a network uses it, so the URL never carries one that trains nothing.
  return { nets, custom: usesCustom(nets) ? custom : '' };
}

/** Read the lab's state from a query string; never throws. */
export function parseTrainingLabState(
  search: string | URLSearchParams,
  t: TrainingStrings = trainingEn,
): {
  state: TrainingLabState;
  notices: string[];
} {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const d = TRAINING_DEFAULTS;
  const notices: string[] = [];
  const n = t.names;
  const dataset = oneOf(params.get('data'), datasetIds, d.dataset, n.dataset, notices);
  const noise = parseNoise(params.get('noise'), notices, t.notices);
  const { nets, custom } = parseNetworks(params, notices, t.notices);
  const state: TrainingLabState = {
    dataset,
    noise,
    nets,
    custom,
    layers: integerIn(params.get('layers'), LAYERS_RANGE, d.layers, n.layers, notices),
    width: integerIn(params.get('width'), WIDTH_RANGE, d.width, n.width, notices),
    optimizer: oneOf(params.get('opt'), optimizerKinds, d.optimizer, n.optimizer, notices),
    learningRate: oneOf(params.get('lr'), learningRates, d.learningRate, n.learningRate, notices),
    batch: oneOf(params.get('batch'), batchSizes, d.batch, n.batch, notices),
    epochs: integerIn(params.get('epochs'), EPOCHS_RANGE, d.epochs, n.epochs, notices),
    init: oneOf(params.get('init'), initChoices, d.init, n.init, notices),
    seed: integerIn(params.get('seed'), SEED_RANGE, d.seed, n.seed, notices),
    speed: oneOf(params.get('speed'), speeds, d.speed, n.speed, notices),
  };
  return { state, notices };
}

/**
 * The query string (without "?") for a state: every setting, in a fixed order, commas and bars unescaped.
 * Networks of one activation each are written as `fns=` (as before per-layer networks existed), others as
 * `nets=`; the formula, URL-encoded, only when a network uses it.
 */
export function serializeTrainingLabState(s: TrainingLabState): string {
  const key = s.nets.every((spec) => spec.length === 1) ? 'fns' : 'nets';
  const custom = s.custom !== '' && usesCustom(s.nets) ? `&custom=${encodeURIComponent(s.custom)}` : '';
  return (
    `data=${s.dataset}&noise=${s.noise}&${key}=${serializeNets(s.nets)}&layers=${s.layers}&width=${s.width}` +
    `&opt=${s.optimizer}&lr=${s.learningRate}&batch=${s.batch}&epochs=${s.epochs}&init=${s.init}&seed=${s.seed}` +
    `${custom}&speed=${s.speed}`
  );
}

/** Do two states describe the same run up to its length (and speed)? Then a longer run can continue the shorter one. */
export function sameRun(a: TrainingLabState, b: TrainingLabState): boolean {
  const key = (s: TrainingLabState) => serializeTrainingLabState({ ...s, epochs: 1, speed: 1 });
  return key(a) === key(b);
}
