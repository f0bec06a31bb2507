/**
 * The forward pass: z_l = a_{l−1} W_lᵀ + b_l, then a_l = f(z_l) on hidden layers; the output layer's
 * logits go through the head (sigmoid or softmax) to give probabilities.
 */
import { getActivation } from '../activations';
import { matmulABt } from './kernels';
import { hiddenActivation, type Mlp } from './mlp';
import type { Workspace } from './workspace';

const sigmoid = getActivation('sigmoid').bind().f;

/**
 * Softmax of each row of k logits into probs, stably: subtracting the row's maximum m leaves the result
 * unchanged and makes every exponent ≤ 0, so nothing overflows (as in the registry's softmax).
 */
export function softmaxRows(logits: Float64Array, probs: Float64Array, k: number, count: number): void {
  for (let n = 0; n < count; n++) {
    const o = n * k;
    let m = -Infinity;
    for (let c = 0; c < k; c++) m = Math.max(m, logits[o + c]!);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp(logits[o + c]! - m);
      probs[o + c] = e;
      sum += e;
    }
    for (let c = 0; c < k; c++) probs[o + c] = probs[o + c]! / sum;
  }
}

/** Run the first `count` rows of `x` (row-major, count × sizes[0]) through the network, filling ws.z and ws.a. */
export function forward(net: Mlp, ws: Workspace, x: Float64Array, count: number): void {
  if (count > ws.capacity) throw new RangeError(`forward: ${count} examples exceed the workspace's ${ws.capacity}`);
  const { sizes } = net;
  const layers = net.weights.length;
  let inp = x;
  for (let l = 0; l < layers; l++) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const z = ws.z[l]!;
    const a = ws.a[l]!;
    // z = inp·Wᵀ + b: the weights' rows are the units, so W is B in the kernel's A·Bᵀ as stored.
    matmulABt(inp, net.weights[l]!, z, count, nOut, nIn, net.biases[l]!);
    const size = count * nOut;
    if (l + 1 < layers) {
      const f = hiddenActivation(net, l).bound.f;
      for (let k = 0; k < size; k++) a[k] = f(z[k]!);
    } else if (net.head === 'sigmoid') {
      for (let k = 0; k < size; k++) a[k] = sigmoid(z[k]!);
    } else {
      softmaxRows(z, a, nOut, count);
    }
    inp = a;
  }
}
