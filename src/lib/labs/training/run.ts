/**
 * One run of the training lab: the same data and, under one initialisation scheme, the same initial weights
 * for every network (createMlp draws the weights from the seed alone, so only the scheme's scale could
 * differ), each network trained by its own seeded trainer. Pure and deterministic: how the epochs are
 * chunked (the worker trains in time slices) never changes the numbers.
 */
import { bindFormula, parseFormula } from '../../formula';
import {
  createMlp,
  createTrainer,
  createWorkspace,
  deadUnitShare,
  defaultInit,
  evaluate,
  makeDataset,
  predictGrid,
  trainTestSplit,
  type Bounds,
  type Dataset,
  type InitScheme,
  type LayerSpec,
  type Mlp,
  type Trainer,
  type Workspace,
} from '../../nn';
import { expandSpec, type LayerChoice, type NetSpec } from './networks';
import { EPOCHS_RANGE, type TrainingLabState } from './state';

/** Points per dataset, and the share of them held out to measure test accuracy. */
export const LAB_POINTS = 300;
export const TEST_FRACTION = 0.3;
/** The square of the input plane the decision boundaries are drawn over: the data's [−1, 1]² plus a margin for the noise. */
export const GRID_BOUNDS: Bounds = { xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 };
/** Cells per side of a decision-boundary heat-map. */
export const GRID_SIZE = 40;

/**
 * The training and test points of a state (seeded by its seed), or of the reader's own points (already
 * normalised into the lab's square, see csv.ts), split by the same seed.
 */
export function labData(state: TrainingLabState, own?: Dataset): { train: Dataset; test: Dataset } {
  const all = own ?? makeDataset(state.dataset, { count: LAB_POINTS, noise: state.noise, seed: state.seed });
  return trainTestSplit(all, TEST_FRACTION, state.seed);
}

/**
 * The initialisation of the weights feeding a layer with activation `choice`: the chosen scheme, or under
 * 'auto' the one suited to it (a custom formula gets Xavier: nothing is known of its shape).
 */
export function initFor(state: TrainingLabState, choice: LayerChoice): InitScheme {
  if (state.init !== 'auto') return state.init;
  return choice === 'custom' ? 'xavier-normal' : defaultInit(choice);
}

/**
 * The engine's layer specs for a network, and one scheme per weight matrix: weights[l] feed hidden layer l
 * and take its scheme; the output weights take the last hidden layer's.
 */
export function netConfig(state: TrainingLabState, spec: NetSpec): { layers: LayerSpec[]; init: InitScheme[] } {
  const choices = expandSpec(spec, state.layers);
  const parsed = choices.includes('custom') ? parseFormula(state.custom) : undefined;
  if (parsed && !parsed.ok) throw new Error(`custom formula: ${parsed.message}`);
  const layers = choices.map((c): LayerSpec =>
    c === 'custom' ? { id: 'custom', formula: parsed!.normalized, bound: bindFormula(parsed!) } : c,
  );
  const init = [...choices, choices[choices.length - 1]!].map((c) => initFor(state, c));
  return { layers, init };
}

/** Layer widths: 2 inputs, the hidden layers, one logit (sigmoid head). */
export function layerSizes(state: TrainingLabState): number[] {
  return [2, ...Array.from({ length: state.layers }, () => state.width), 1];
}

/** What the page shows of a run at one moment, for every network in the order chosen. */
export interface TrainingSnapshot {
  readonly epoch: number;
  /** The loss curve's last point: the mean training loss over the last epoch's mini-batches (initial loss at epoch 0). */
  readonly trainLoss: number[];
  readonly testLoss: number[];
  readonly trainAccuracy: number[];
  readonly testAccuracy: number[];
  /** Per network, the share of dead units in each hidden layer, on the training points. */
  readonly deadShares: number[][];
  /** P(class 1) on a GRID_SIZE² grid over GRID_BOUNDS, row 0 at the top, quantised to 0…255; one grid per network. */
  readonly grids: Uint8Array;
}

export interface TrainingRun {
  readonly state: TrainingLabState;
  readonly train: Dataset;
  readonly test: Dataset;
  readonly nets: readonly Mlp[];
  /** Epochs trained so far. */
  readonly epoch: number;
  /** losses[i][e]: network i's loss curve at epoch e, for e = 0 … epoch (capacity EPOCHS_RANGE[1] + 1). */
  readonly losses: readonly Float64Array[];
  /** Train every network one more epoch. */
  advance(): void;
  snapshot(): TrainingSnapshot;
}

/** A fresh run at epoch 0, on the state's dataset or on the reader's own points. */
export function createTrainingRun(state: TrainingLabState, own?: Dataset): TrainingRun {
  const { train, test } = labData(state, own);
  const sizes = layerSizes(state);
  // `activation` only fills the engine's single-activation fields; every layer comes from `layers`.
  const nets = state.nets.map((spec) =>
    createMlp({ sizes, activation: 'identity', ...netConfig(state, spec), seed: state.seed }),
  );
  const batchSize = state.batch === 'full' ? train.count : state.batch;
  const trainers: Trainer[] = nets.map((net) =>
    createTrainer(net, train, {
      kind: state.optimizer,
      learningRate: state.learningRate,
      batchSize,
      shuffleSeed: state.seed,
    }),
  );
  // Buffers reused by every snapshot.
  const workspaces: Workspace[] = nets.map((net) => createWorkspace(net, Math.max(train.count, test.count, GRID_SIZE)));
  const cells = GRID_SIZE * GRID_SIZE;
  const probabilities = new Float64Array(cells);
  const losses = nets.map(() => new Float64Array(EPOCHS_RANGE[1] + 1).fill(NaN));
  nets.forEach((net, i) => (losses[i]![0] = evaluate(net, train, workspaces[i]).loss));
  let epoch = 0;

  return {
    state,
    train,
    test,
    nets,
    losses,
    get epoch() {
      return epoch;
    },
    advance() {
      if (epoch >= EPOCHS_RANGE[1]) throw new RangeError(`advance: a run is at most ${EPOCHS_RANGE[1]} epochs`);
      epoch++;
      trainers.forEach((trainer, i) => (losses[i]![epoch] = trainer.epoch()));
    },
    snapshot() {
      const grids = new Uint8Array(nets.length * cells);
      const testEval = nets.map((net, i) => evaluate(net, test, workspaces[i]));
      const trainEval = nets.map((net, i) => evaluate(net, train, workspaces[i]));
      nets.forEach((net, i) => {
        predictGrid(net, GRID_BOUNDS, GRID_SIZE, GRID_SIZE, probabilities, workspaces[i]);
        // NaN (a diverged network) quantises to 0, like any value the Uint8Array cannot hold.
        for (let k = 0; k < cells; k++) grids[i * cells + k] = Math.round(probabilities[k]! * 255);
      });
      return {
        epoch,
        trainLoss: losses.map((curve) => curve[epoch]!),
        testLoss: testEval.map((e) => e.loss),
        trainAccuracy: trainEval.map((e) => e.accuracy),
        testAccuracy: testEval.map((e) => e.accuracy),
        deadShares: nets.map((net, i) => deadUnitShare(net, train, workspaces[i])),
        grids,
      };
    },
  };
}
