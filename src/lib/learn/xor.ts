/**
 * The first chapter's demonstration: two small networks learn XOR with the site's own engine. Both have one
 * hidden layer of the same width and the same seed; only the hidden activation differs. With the identity,
 * the whole network is one affine map followed by the sigmoid, so its decision boundary is a straight line
 * and it cannot separate XOR's diagonal quadrants. With ReLU the boundary can bend, and it can.
 */
import { createMlp, createTrainer, evaluate, makeDataset, predictGrid, type Dataset, type Trainer } from '../nn';

/** Settings shared by both networks. */
export const XOR_SETUP = {
  points: 200,
  noise: 0.05,
  hidden: 8,
  learningRate: 0.03,
  epochs: 400,
  seed: 3,
} as const;

/** The two contenders' hidden activations (the page names them through the learn string table, `xorNetworks`). */
export const XOR_NETWORKS = [{ activation: 'identity' }, { activation: 'relu' }] as const;

/** The seeded XOR points both networks learn. */
export function xorData(): Dataset {
  return makeDataset('xor', { count: XOR_SETUP.points, noise: XOR_SETUP.noise, seed: XOR_SETUP.seed });
}

/** One trainer per contender, freshly initialised (full-batch Adam). */
export function xorTrainers(data: Dataset = xorData()): Trainer[] {
  return XOR_NETWORKS.map(({ activation }) =>
    createTrainer(createMlp({ sizes: [2, XOR_SETUP.hidden, 1], activation, seed: XOR_SETUP.seed }), data, {
      kind: 'adam',
      learningRate: XOR_SETUP.learningRate,
    }),
  );
}

/** Share of the points a trainer's network classifies correctly. */
export function xorAccuracy(trainer: Trainer, data: Dataset): number {
  return evaluate(trainer.net, data).accuracy;
}

/** P(class 1) on an n × n grid over [−1.2, 1.2]², top row first, for the decision-region picture. */
export function xorRegions(trainer: Trainer, n: number): Float64Array {
  return predictGrid(trainer.net, { xMin: -1.2, xMax: 1.2, yMin: -1.2, yMax: 1.2 }, n, n);
}

/** Train every contender to the end and report accuracies (what the page states without JavaScript). */
export function xorFinalAccuracies(): number[] {
  const data = xorData();
  return xorTrainers(data).map((trainer) => {
    for (let e = 0; e < XOR_SETUP.epochs; e++) trainer.epoch();
    return xorAccuracy(trainer, data);
  });
}
