/**
 * A trained network as a self-contained Keras 3 script: a Sequential model of Dense layers with the lab's
 * activations, the trained weights set inline (Keras stores a Dense kernel as n_in × n_out, the transpose
 * of the lab's rows), and a run on the lab's test points printing P(class 1) for each, in float64.
 */
import { activationPython } from './activations';
import type { NetworkExport } from './model';
import { describeActivation, ExportError, pyMatrix, pyList, unexportable } from './python';

const transpose = (rows: readonly (readonly number[])[]) => rows[0]!.map((_, i) => rows.map((r) => r[i]!));

/** The script's text; throws ExportError if the network cannot be written for Keras. */
export function kerasScript(net: NetworkExport): string {
  const problem = unexportable(net);
  if (problem) throw new ExportError(problem);
  const functions = net.activations.flatMap((a, l) => [
    `def hidden_${l + 1}(x):  # ${describeActivation(a)}`,
    `    return ${activationPython(a, 'keras', 'x')}`,
    '',
  ]);
  const dense = net.sizes.slice(1).map((units, l) => {
    const activation = l < net.activations.length ? `hidden_${l + 1}` : '"sigmoid"';
    return `    keras.layers.Dense(${units}, activation=${activation}),`;
  });
  const weights = net.weights.flatMap((w, l) => [
    `model.layers[${l}].set_weights([`,
    `    np.array(${pyMatrix(transpose(w), '    ')}),`,
    `    np.array(${pyList(net.biases[l]!)}),`,
    '])',
  ]);
  return [
    `# ${net.name}: a network trained for ${net.epoch} epochs in the activation-functions training lab.`,
    '# Output: one logit through a sigmoid, P(class 1); it was trained with binary cross-entropy on that logit.',
    "# Needs Keras 3 (keras.ops; Keras 2's hard_sigmoid was 0.2x + 0.5, Keras 3's is relu6(x + 3)/6).",
    'import keras',
    'import numpy as np',
    'from keras import activations, ops',
    '',
    '# The lab computes in float64; so does this script.',
    'keras.config.set_floatx("float64")',
    '',
    ...functions,
    '',
    'model = keras.Sequential([',
    `    keras.Input(shape=(${net.sizes[0]},)),`,
    ...dense,
    '])',
    ...weights,
    '',
    "# The lab's test points (x1, x2).",
    `test_points = np.array(${pyMatrix(
      net.testPoints.map((p) => [...p]),
      '',
    )})`,
    'for p in ops.convert_to_numpy(model(test_points))[:, 0]:',
    '    print(repr(float(p)))',
    '',
  ].join('\n');
}
