/**
 * Backpropagation (Rumelhart, Hinton & Williams, 1986). Given Δ_L = ∂L/∂Z_L from the loss (one row per
 * example), for each layer from the top: ∂L/∂W_l = Δ_lᵀ A_{l−1}, ∂L/∂b_l = Σ_n Δ_l[n], and the signal passed
 * down is Δ_{l−1} = (Δ_l W_l) ⊙ f′(Z_{l−1}), with f′ the registry's df (PyTorch's convention at kinks), bound
 * to the network's parameters; tanh and the sigmoid take f′ from their outputs where that is as accurate.
 */
import { columnSums, matmulAtB } from './gradient-kernels';
import { matmulABt, transpose } from './kernels';
import { hiddenActivation, type Mlp } from './mlp';
import type { Workspace } from './workspace';

/**
 * Where tanh and the sigmoid may take f′ from the output y = f(z) that forward stored, instead of calling the
 * registry's df(z) and its exp: tanh′ = 1 − y² for y² ≤ TANH_Y2_MAX, σ′ = y(1 − y) for y ≤ SIGMOID_Y_MAX.
 * Both identities are exact, but y carries a rounding error δy ≈ 1e-16·|y|, and near saturation the factor
 * 1 − y² (or 1 − y) cancels: its relative error is about 2|y|·δy / (1 − y²), which grows without bound as
 * |y| → 1, and 1 − y² is exactly 0 for |z| ≳ 19 where sech² is not. Training would not notice, but the
 * gradient-flow lab plots vanishing gradients in those tails. Hence the bounds: within them 1 − y² ≥ 0.0199
 * and 1 − y ≥ 0.01, so the relative error stays below ~3e-14 (tests/nn/backward.test.ts checks 1e-13
 * against the registry); beyond them the registry's accurate df is called.
 */
const TANH_Y2_MAX = 0.9801; // |y| ≤ 0.99
const SIGMOID_Y_MAX = 0.99;

/**
 * d[k] ← d[k]·f′(z[k]) for the first `size` entries, a[k] = f(z[k]): the chain rule through the network's
 * activation of hidden layer `layer` (0-based). f′ comes from the registry's df, or for tanh and the sigmoid
 * from a (see TANH_Y2_MAX).
 */
export function multiplyByDerivative(
  net: Mlp,
  z: Float64Array,
  a: Float64Array,
  d: Float64Array,
  size: number,
  layer = 0,
): void {
  const { id, bound } = hiddenActivation(net, layer);
  const df = bound.df;
  if (id === 'tanh') {
    for (let k = 0; k < size; k++) {
      const y = a[k]!;
      const y2 = y * y;
      d[k] = d[k]! * (y2 <= TANH_Y2_MAX ? 1 - y2 : df(z[k]!));
    }
  } else if (id === 'sigmoid') {
    for (let k = 0; k < size; k++) {
      const y = a[k]!;
      d[k] = d[k]! * (y <= SIGMOID_Y_MAX ? y * (1 - y) : df(z[k]!));
    }
  } else {
    for (let k = 0; k < size; k++) d[k] = d[k]! * df(z[k]!);
  }
}

/** Fill ws.gradW and ws.gradB for the first `count` rows of `x`; needs forward and headLoss(…, true) first. */
export function backward(net: Mlp, ws: Workspace, x: Float64Array, count: number): void {
  const { sizes } = net;
  const { weightsT } = ws.scratch;
  for (let l = net.weights.length - 1; l >= 0; l--) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const delta = ws.delta[l]!;
    // ∂L/∂W (nOut × nIn) = Δᵀ·X, with Δ (count × nOut) and X (count × nIn) as stored.
    matmulAtB(delta, l > 0 ? ws.a[l - 1]! : x, ws.gradW[l]!, nOut, nIn, count);
    columnSums(delta, ws.gradB[l]!, count, nOut);
    // The first layer's input is the data: no signal to pass further down.
    if (l === 0) break;
    // ∂L/∂A_{l−1} (count × nIn) = Δ·W = Δ·(Wᵀ)ᵀ, then through the activation's derivative.
    const down = ws.delta[l - 1]!;
    transpose(net.weights[l]!, weightsT, nOut, nIn);
    matmulABt(delta, weightsT, down, count, nIn, nOut);
    multiplyByDerivative(net, ws.z[l - 1]!, ws.a[l - 1]!, down, count * nIn, l - 1);
  }
}
