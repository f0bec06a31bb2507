/**
 * A trained network as a self-contained JAX script: the forward pass as a function of a parameter list,
 * the trained weights inline as jnp arrays, and a run on the lab's test points printing P(class 1) for
 * each, with 64-bit floats enabled (JAX computes in float32 otherwise).
 */
import { activationPython } from './activations';
import type { NetworkExport } from './model';
import { describeActivation, ExportError, pyMatrix, pyList, unexportable } from './python';

/** The script's text; throws ExportError if the network cannot be written for JAX. */
export function jaxScript(net: NetworkExport): string {
  const problem = unexportable(net);
  if (problem) throw new ExportError(problem);
  const hidden = net.activations.length;
  const steps = net.activations.flatMap((a, l) => [
    `    h = ${l === 0 ? 'x' : 'h'} @ params[${l}][0].T + params[${l}][1]`,
    `    h = ${activationPython(a, 'jax', 'h')}  # hidden layer ${l + 1}: ${describeActivation(a)}`,
  ]);
  const params = net.weights.flatMap((w, l) => [
    '    (',
    `        jnp.array(${pyMatrix(w, '        ')}),`,
    `        jnp.array(${pyList(net.biases[l]!)}),`,
    '    ),',
  ]);
  return [
    `# ${net.name}: a network trained for ${net.epoch} epochs in the activation-functions training lab.`,
    '# Output: one logit through a sigmoid, P(class 1); it was trained with binary cross-entropy on that logit.',
    'import jax',
    '',
    '# The lab computes in float64; so does this script (set before any array is made).',
    'jax.config.update("jax_enable_x64", True)',
    'import jax.numpy as jnp  # noqa: E402',
    'import jax.scipy.special  # noqa: E402,F401',
    '',
    '# params[l] = (weights of layer l as n_out x n_in, biases).',
    'params = [',
    ...params,
    ']',
    '',
    '',
    'def predict(params, x):',
    ...steps,
    `    return jax.nn.sigmoid(h @ params[${hidden}][0].T + params[${hidden}][1])`,
    '',
    '',
    "# The lab's test points (x1, x2).",
    `test_points = jnp.array(${pyMatrix(
      net.testPoints.map((p) => [...p]),
      '',
    )})`,
    'for p in predict(params, test_points)[:, 0].tolist():',
    '    print(repr(p))',
    '',
  ].join('\n');
}
