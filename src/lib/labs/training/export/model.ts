/**
 * A trained network as plain, JSON-ready data: what every exporter (PyTorch, Keras, JAX, JSON) reads. Built
 * from the engine's Mlp in the worker and posted to the page, since closures cannot be posted.
 */
import type { ActivationId, Params } from '../../../activations';
import { createWorkspace, hiddenActivation, predict, type Dataset, type Mlp } from '../../../nn';

/** A hidden layer's activation: a registry id with its parameters, or a formula (normalised text). */
export type ExportedActivation =
  { readonly id: ActivationId; readonly params: Params } | { readonly id: 'custom'; readonly formula: string };

export interface NetworkExport {
  /** The network's name in the lab, e.g. "ReLU → Tanh". */
  readonly name: string;
  /** Layer widths from the 2 inputs to the 1 output logit, e.g. [2, 16, 16, 1]. */
  readonly sizes: readonly number[];
  /** One per hidden layer. */
  readonly activations: readonly ExportedActivation[];
  /** weights[l][j] is unit j's incoming weights (n_out × n_in, as PyTorch's Linear stores them). */
  readonly weights: readonly (readonly (readonly number[])[])[];
  readonly biases: readonly (readonly number[])[];
  /** The lab's test points (x₁, x₂), the network's P(class 1) on each, and their labels. */
  readonly testPoints: readonly (readonly [number, number])[];
  readonly predictions: readonly number[];
  readonly labels: readonly number[];
  /** Epochs trained. */
  readonly epoch: number;
}

/** The data of a trained network (sigmoid head) and its predictions on the test points. */
export function exportNetwork(net: Mlp, name: string, test: Dataset, epoch: number): NetworkExport {
  if (net.head !== 'sigmoid' || net.sizes[0] !== 2) throw new RangeError('exportNetwork: a 2-input sigmoid network');
  const activations = net.weights.slice(1).map((_, l): ExportedActivation => {
    const a = hiddenActivation(net, l);
    return a.id === 'custom' ? { id: 'custom', formula: a.formula ?? '' } : { id: a.id, params: { ...a.params } };
  });
  const weights = net.weights.map((w, l) => {
    const [nIn, nOut] = [net.sizes[l]!, net.sizes[l + 1]!];
    return Array.from({ length: nOut }, (_, j) => Array.from(w.subarray(j * nIn, (j + 1) * nIn)));
  });
  const out = predict(
    net,
    test.x,
    test.count,
    new Float64Array(test.count),
    createWorkspace(net, Math.max(1, test.count)),
  );
  return {
    name,
    sizes: [...net.sizes],
    activations,
    weights,
    biases: net.biases.map((b) => Array.from(b)),
    testPoints: Array.from({ length: test.count }, (_, n) => [test.x[2 * n]!, test.x[2 * n + 1]!] as const),
    predictions: Array.from(out),
    labels: Array.from(test.y),
    epoch,
  };
}
