/**
 * The gradient-flow lab: one real forward and backward pass through a deep, square, fully connected net,
 * reporting per layer how large the gradients are and what the activations look like.
 *
 * Set-up: input x ~ N(0, 1) (batch × width, seeded), hidden layers h_l = f(W_l h_{l−1} + b_l) for
 * l = 1…depth, then a linear readout s = r·h_depth to one number per example, initialised like the rest.
 * The loss is L = mean over the batch of s. We chose it because its gradient ∂L/∂s = 1/batch is fixed: the
 * signal entering the top of the stack does not depend on the forward scale, so how the norms change
 * from layer to layer reflects only the chain rule through the Jacobians W_lᵀ·diag f′(z_l) — which is exactly
 * what vanishing and exploding gradients are about. (A squared-error loss would multiply every layer's
 * gradient by the output's own magnitude.)
 */
import type { ActivationId, Params } from '../activations';
import type { BoundActivation } from '../activations/types';
import { backward } from './backward';
import { forward } from './forward';
import { initFamilies, type InitFamily, type InitScheme } from './init';
import { createMlp } from './mlp';
import { createRng } from './random';
import { countDeadUnits, meanStd } from './stats';
import { createWorkspace } from './workspace';

/** The lab's controls. */
export interface GradientFlowConfig {
  /** Hidden layers, 1–64. */
  readonly depth: number;
  /** Units per layer (and input features), 8–256. */
  readonly width: number;
  /** Initialisation: a family (normal variant) or any scheme. */
  readonly init: InitFamily | InitScheme;
  readonly activation: ActivationId;
  readonly params?: Partial<Params>;
  /**
   * A function the registry does not have (a reader's formula, bound once), used by every hidden layer in
   * place of `activation`; `formula` is its normalised text. The dead-unit count then reads its f′.
   */
  readonly custom?: { readonly formula: string; readonly bound: BoundActivation };
  /** Examples in the batch; default 64. */
  readonly batch?: number;
  /** Seed of the weights and inputs; default 1. */
  readonly seed?: number;
  /** Initial value of every hidden bias; default 0. A large negative value kills ReLU units. */
  readonly bias?: number;
}

/** What one hidden layer l = 1…depth looks like after the pass. */
export interface LayerFlow {
  readonly layer: number;
  /** Frobenius norm of ∂L/∂W_l. */
  readonly weightGradNorm: number;
  /** Frobenius norm (over the batch) of ∂L/∂z_l, the back-propagated signal at the layer's pre-activations. */
  readonly signalNorm: number;
  /** Mean and standard deviation of the activations h_l over every example and unit. */
  readonly mean: number;
  readonly std: number;
  /** Share of units with f′(z) = 0 exactly on every example of the batch (dead: no gradient reaches them). */
  readonly deadShare: number;
}

/** Frobenius norm of the first `size` entries. */
function norm(values: Float64Array, size: number): number {
  let sum = 0;
  for (let k = 0; k < size; k++) sum += values[k]! * values[k]!;
  return Math.sqrt(sum);
}

/** Run the pass and measure every hidden layer, from the input side (index 0 is layer 1). */
export function gradientFlow(config: GradientFlowConfig): LayerFlow[] {
  const { depth, width } = config;
  if (!Number.isInteger(depth) || depth < 1)
    throw new RangeError(`gradientFlow: depth must be an integer ≥ 1, got ${depth}`);
  if (!Number.isInteger(width) || width < 1)
    throw new RangeError(`gradientFlow: width must be an integer ≥ 1, got ${width}`);
  const batch = config.batch ?? 64;
  const seed = config.seed ?? 1;
  const init = config.init in initFamilies ? initFamilies[config.init as InitFamily] : (config.init as InitScheme);
  const net = createMlp({
    sizes: [...Array.from({ length: depth + 1 }, () => width), 1],
    activation: config.activation,
    ...(config.params ? { params: config.params } : {}),
    ...(config.custom
      ? { layers: Array.from({ length: depth }, () => ({ id: 'custom' as const, ...config.custom! })) }
      : {}),
    head: 'sigmoid',
    init,
    seed,
    hiddenBias: config.bias ?? 0,
  });
  // The inputs get their own stream, so changing the batch size leaves the weights as they were.
  const rng = createRng((seed ^ 0x9e3779b9) >>> 0);
  const x = new Float64Array(batch * width);
  for (let k = 0; k < x.length; k++) x[k] = rng.normal();

  const ws = createWorkspace(net, batch);
  forward(net, ws, x, batch);
  // L = (1/batch) Σ_n s_n, so ∂L/∂s_n = 1/batch; the readout's logits are the s_n (the head is unused).
  ws.delta[depth]!.fill(1 / batch, 0, batch);
  backward(net, ws, x, batch);

  const size = batch * width;
  const df = config.custom?.bound.df ?? net.bound.df;
  return Array.from({ length: depth }, (_, l) => {
    const { mean, std } = meanStd(ws.a[l]!, size);
    return {
      layer: l + 1,
      weightGradNorm: norm(ws.gradW[l]!, ws.gradW[l]!.length),
      signalNorm: norm(ws.delta[l]!, size),
      mean,
      std,
      deadShare: countDeadUnits(ws.z[l]!, batch, width, df) / width,
    };
  });
}
