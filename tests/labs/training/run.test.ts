import { describe, expect, test } from 'vitest';
import type { Mlp } from '../../../src/lib/nn';
import {
  createTrainingRun,
  GRID_SIZE,
  initFor,
  labData,
  layerSizes,
  LAB_POINTS,
  TEST_FRACTION,
} from '../../../src/lib/labs/training/run';
import { EPOCHS_RANGE, TRAINING_DEFAULTS, type TrainingLabState } from '../../../src/lib/labs/training/state';

/** A small, quick configuration. */
const small: TrainingLabState = { ...TRAINING_DEFAULTS, width: 6, nets: [['relu'], ['tanh'], ['sigmoid']], epochs: 40 };

/** Every weight and bias as one list; Object.is tells 0 from −0. */
const params = (net: Mlp) => [...net.weights, ...net.biases].flatMap((a) => [...a]);
const sameBits = (a: Mlp, b: Mlp) => params(a).every((v, k) => Object.is(v, params(b)[k]));

describe('training lab run: set-up', () => {
  test(`splits ${LAB_POINTS} points ${1 - TEST_FRACTION} / ${TEST_FRACTION} into training and test sets`, () => {
    const { train, test } = labData(small);
    expect(train.count).toBe(210);
    expect(test.count).toBe(90);
  });

  test('the same state gives the same points; another seed other points', () => {
    expect(labData(small).train.x).toEqual(labData(small).train.x);
    expect(labData({ ...small, seed: 2 }).train.x).not.toEqual(labData(small).train.x);
  });

  test.each([
    [1, [2, 16, 1]],
    [3, [2, 16, 16, 16, 1]],
  ])('%i hidden layers of 16 give sizes %j', (layers, sizes) => {
    expect(layerSizes({ ...TRAINING_DEFAULTS, layers })).toEqual(sizes);
  });

  test('under one scheme, every network starts from bit-identical weights', () => {
    const run = createTrainingRun({ ...small, nets: [['relu'], ['tanh'], ['gelu'], ['selu']] });
    for (const net of run.nets.slice(1)) expect(sameBits(net, run.nets[0]!)).toBe(true);
  });

  test("under 'auto', each activation gets its usual scheme: the same draws, scaled", () => {
    const state: TrainingLabState = { ...small, init: 'auto', nets: [['relu'], ['tanh']] };
    expect(state.nets.map(([id]) => initFor(state, id!))).toEqual(['he-normal', 'xavier-normal']);
    const [relu, tanh] = createTrainingRun(state).nets;
    const ratio = relu!.weights[1]![0]! / tanh!.weights[1]![0]!;
    // He: 2/fan-in = 2/6; Xavier: 2/(fan-in + fan-out) = 2/12 → σ ratio √2.
    relu!.weights[1]!.forEach((w, k) => expect(w / tanh!.weights[1]![k]!).toBeCloseTo(ratio, 12));
    expect(ratio).toBeCloseTo(Math.SQRT2, 12);
  });
});

describe('training lab run: training', () => {
  test('the loss curve starts at the initial loss and records every epoch', () => {
    const run = createTrainingRun(small);
    expect(run.epoch).toBe(0);
    expect(run.losses[0]![0]).toBeCloseTo(run.snapshot().trainLoss[0]!, 15);
    for (let e = 0; e < 5; e++) run.advance();
    expect(run.epoch).toBe(5);
    for (const curve of run.losses) {
      expect(curve.subarray(0, 6).every(Number.isFinite)).toBe(true);
      expect(Number.isNaN(curve[6])).toBe(true);
    }
  });

  test('snapshots between epochs do not change the numbers (time slicing is invisible)', () => {
    const sliced = createTrainingRun(small);
    const straight = createTrainingRun(small);
    for (let e = 0; e < 20; e++) {
      sliced.advance();
      if (e % 3 === 0) sliced.snapshot();
    }
    for (let e = 0; e < 20; e++) straight.advance();
    expect(sliced.losses).toEqual(straight.losses);
    sliced.nets.forEach((net, i) => expect(sameBits(net, straight.nets[i]!)).toBe(true));
  });

  test('every network lowers its loss on the default dataset within 40 epochs', () => {
    const run = createTrainingRun(small);
    for (let e = 0; e < 40; e++) run.advance();
    run.losses.forEach((curve) => expect(curve[40]).toBeLessThan(curve[0]!));
  });

  test(`a run stops at ${EPOCHS_RANGE[1]} epochs, the most the loss curves hold`, () => {
    const run = createTrainingRun({ ...small, width: 2, layers: 1, nets: [['identity']], batch: 'full' });
    for (let e = 0; e < EPOCHS_RANGE[1]; e++) run.advance();
    expect(() => run.advance()).toThrow(RangeError);
  });
});

describe('training lab run: snapshot', () => {
  const run = createTrainingRun({ ...small, layers: 3 });
  for (let e = 0; e < 10; e++) run.advance();
  const s = run.snapshot();

  test('has one value per network, a dead share per hidden layer, and one grid per network', () => {
    expect(s.epoch).toBe(10);
    for (const list of [s.trainLoss, s.testLoss, s.trainAccuracy, s.testAccuracy, s.deadShares])
      expect(list).toHaveLength(3);
    for (const shares of s.deadShares) expect(shares).toHaveLength(3);
    expect(s.grids).toHaveLength(3 * GRID_SIZE * GRID_SIZE);
  });

  test('accuracies and dead shares are shares in [0, 1]; the training loss is the curve’s last point', () => {
    for (const v of [...s.trainAccuracy, ...s.testAccuracy, ...s.deadShares.flat()]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(s.trainLoss).toEqual(run.losses.map((c) => c[10]));
  });

  test('sigmoid and tanh units never die (f′ is never exactly 0 on these inputs)', () => {
    expect(s.deadShares[1]).toEqual([0, 0, 0]);
    expect(s.deadShares[2]).toEqual([0, 0, 0]);
  });

  test('the heat-map grid spans both classes after training on the spiral', () => {
    const grid = s.grids.subarray(0, GRID_SIZE * GRID_SIZE);
    expect(Math.min(...grid)).toBeLessThan(128);
    expect(Math.max(...grid)).toBeGreaterThan(128);
  });
});
