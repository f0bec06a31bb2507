/**
 * Measurements of a network on a dataset: loss, accuracy and dead units. A unit is dead on a batch when
 * f′(z) = 0 exactly for every example: no gradient then reaches its incoming weights, so gradient descent
 * cannot revive it (for ReLU, z ≤ 0 everywhere; ReLU6 also dies saturated at 6).
 */
import type { Dataset } from './datasets';
import { forward } from './forward';
import { headLoss } from './loss';
import { hiddenActivation, type Mlp } from './mlp';
import { createWorkspace, type Workspace } from './workspace';

/** Loss and accuracy on a dataset. */
export interface Evaluation {
  /** Mean cross-entropy. */
  readonly loss: number;
  /** Share of examples whose most probable class is the label, in [0, 1]. */
  readonly accuracy: number;
}

/** Units of a layer (count × width pre-activations z) whose derivative df (e.g. net.bound.df) is exactly 0 on every example. */
export function countDeadUnits(z: Float64Array, count: number, width: number, df: (x: number) => number): number {
  let dead = 0;
  for (let j = 0; j < width; j++) {
    let alive = false;
    for (let n = 0; n < count && !alive; n++) alive = df(z[n * width + j]!) !== 0;
    if (!alive) dead++;
  }
  return dead;
}

/** Mean and (population) standard deviation of the first `size` entries, by Welford's one-pass update. */
export function meanStd(values: Float64Array, size = values.length): { mean: number; std: number } {
  let mean = 0;
  let m2 = 0;
  for (let k = 0; k < size; k++) {
    const d = values[k]! - mean;
    mean += d / (k + 1);
    m2 += d * (values[k]! - mean);
  }
  return { mean, std: size > 0 ? Math.sqrt(m2 / size) : NaN };
}

/** A workspace for the whole dataset, reusing `ws` if it is large enough. */
function runAll(net: Mlp, data: Dataset, ws?: Workspace): Workspace {
  const work = ws && ws.capacity >= data.count ? ws : createWorkspace(net, data.count);
  forward(net, work, data.x, data.count);
  return work;
}

/** The predicted class of example n after forward: logit ≥ 0 for the sigmoid head, the argmax for softmax. */
export function predictedClass(net: Mlp, ws: Workspace, n: number): number {
  const last = net.weights.length - 1;
  const k = net.sizes[last + 1]!;
  const z = ws.z[last]!;
  if (net.head === 'sigmoid') return z[n]! >= 0 ? 1 : 0;
  let best = 0;
  for (let c = 1; c < k; c++) if (z[n * k + c]! > z[n * k + best]!) best = c;
  return best;
}

/** Mean loss and accuracy of `net` on `data`; pass a workspace of capacity ≥ data.count to avoid allocating. */
export function evaluate(net: Mlp, data: Dataset, ws?: Workspace): Evaluation {
  const work = runAll(net, data, ws);
  const loss = headLoss(net, work, data.y, data.count, false);
  let correct = 0;
  for (let n = 0; n < data.count; n++) if (predictedClass(net, work, n) === data.y[n]) correct++;
  return { loss, accuracy: correct / data.count };
}

/** For each hidden layer, the share of its units that are dead on `data`, in [0, 1]. */
export function deadUnitShare(net: Mlp, data: Dataset, ws?: Workspace): number[] {
  const work = runAll(net, data, ws);
  const shares: number[] = [];
  for (let l = 0; l + 1 < net.weights.length; l++) {
    const width = net.sizes[l + 1]!;
    shares.push(countDeadUnits(work.z[l]!, data.count, width, hiddenActivation(net, l).bound.df) / width);
  }
  return shares;
}
