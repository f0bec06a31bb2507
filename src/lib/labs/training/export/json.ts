/**
 * A trained network as JSON: architecture, activations with their parameters, weights (n_out × n_in rows,
 * as PyTorch's Linear stores them), biases, and the test points with the lab's predictions, so any other
 * tool can rebuild and check it. Non-finite weights (a diverged network) are refused, as JSON has no NaN.
 */
import type { NetworkExport } from './model';
import { ExportError, unexportable } from './python';

/** The format's name and version, so a reader can tell what the file holds. */
export const JSON_FORMAT = 'activation-lab-network/1';

export function networkJson(net: NetworkExport): string {
  const problem = unexportable(net);
  if (problem) throw new ExportError(problem);
  const document = {
    format: JSON_FORMAT,
    name: net.name,
    epochs: net.epoch,
    sizes: net.sizes,
    hidden: net.activations,
    output: { units: 1, activation: 'sigmoid', loss: 'binary cross-entropy on the logit' },
    weights: net.weights,
    biases: net.biases,
    test: { points: net.testPoints, labels: net.labels, predictions: net.predictions },
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
