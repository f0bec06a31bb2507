/**
 * A multilayer perceptron as plain data: one Float64Array of weights per layer (row-major, n_out × n_in,
 * so row j holds unit j's incoming weights) and one of biases. Hidden layers share one activation from the
 * registry, or each takes its own (`layers`: a registry id or a caller-supplied f, f′ such as a parsed
 * formula); the last layer is linear and feeds an output head (see loss.ts).
 */
import { getActivation, type Activation, type ActivationId, type Params } from '../activations';
import type { BoundActivation } from '../activations/types';
import { initWeights, type InitScheme } from './init';
import { createRng } from './random';

/** Output heads: one logit through a sigmoid (2 classes), or k ≥ 2 logits through a softmax. */
export type Head = 'sigmoid' | 'softmax';

/** A hidden layer's activation as a caller gives it: a registry id (optionally with parameters) or a custom f, f′. */
export type LayerSpec = ActivationId | { readonly id: ActivationId; readonly params?: Partial<Params> } | CustomLayer;

/** A function the registry does not have, e.g. a reader's formula; `formula` is its normalised text. */
export interface CustomLayer {
  readonly id: 'custom';
  readonly formula: string;
  readonly bound: BoundActivation;
}

/** A hidden layer's activation as the engine uses it: its id, parameters (defaults filled in) and bound f, f′. */
export interface HiddenActivation {
  readonly id: ActivationId | 'custom';
  readonly params: Params;
  readonly bound: BoundActivation;
  /** The normalised formula of a custom activation. */
  readonly formula?: string;
}

/** What createMlp needs; everything but sizes and activation (or layers) has a default. */
export interface MlpConfig {
  /** Layer widths from input to output, e.g. [2, 16, 16, 1]. */
  readonly sizes: readonly number[];
  /** The hidden layers' activation (ignored when `layers` is given). */
  readonly activation: ActivationId;
  /** One activation per hidden layer (sizes.length − 2 of them), overriding `activation`. */
  readonly layers?: readonly LayerSpec[];
  /** Its parameters; missing ones take the registry's defaults. */
  readonly params?: Partial<Params>;
  /** Defaults to 'sigmoid' for one output unit, 'softmax' otherwise. */
  readonly head?: Head;
  /** Defaults to defaultInit(activation). A list gives each weight matrix its own scheme (weights[l] ← init[l]). */
  readonly init?: InitScheme | readonly InitScheme[];
  /** Seed of the initial weights; defaults to 1. */
  readonly seed?: number;
  /** Initial value of every hidden bias (output biases start at 0); defaults to 0. */
  readonly hiddenBias?: number;
}

/**
 * A network: its shape, its activation with resolved parameters, and its parameters. A network built from
 * `layers` carries them in `layers` (forward and backward read them through hiddenActivation); its
 * activationId, activation, params and bound then describe `config.activation`, which no layer uses.
 */
export interface Mlp {
  readonly sizes: readonly number[];
  /** Per-layer activations, for networks built from MlpConfig.layers; absent when all layers share `bound`. */
  readonly layers?: readonly HiddenActivation[];
  readonly activationId: ActivationId;
  readonly activation: Activation;
  /** Every parameter of the activation, defaults filled in. */
  readonly params: Params;
  /** f and f′ bound to those parameters once, for the hot loops of forward and backward. */
  readonly bound: BoundActivation;
  readonly head: Head;
  /** weights[l] maps layer l to layer l + 1: sizes[l + 1] rows of sizes[l] weights. */
  readonly weights: readonly Float64Array[];
  readonly biases: readonly Float64Array[];
}

/** He init for rectifiers (ReLU family and its smooth cousins), LeCun for SELU, Xavier for the rest. */
export function defaultInit(id: ActivationId): InitScheme {
  if (id === 'selu') return 'lecun-normal';
  const family = getActivation(id).family;
  return family === 'rectifier' || family === 'smooth' || id === 'elu' || id === 'celu' ? 'he-normal' : 'xavier-normal';
}

/** A freshly initialised network; same config (seed included) ⇒ bit-identical weights. */
export function createMlp(config: MlpConfig): Mlp {
  const { sizes } = config;
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new RangeError(`createMlp: sizes must be ≥ 2 positive integers, got [${sizes.join(', ')}]`);
  }
  const outputs = sizes[sizes.length - 1]!;
  const head = config.head ?? (outputs === 1 ? 'sigmoid' : 'softmax');
  if ((head === 'sigmoid') !== (outputs === 1)) {
    throw new RangeError(
      `createMlp: the ${head} head needs ${head === 'sigmoid' ? '1 output' : '≥ 2 outputs'}, got ${outputs}`,
    );
  }
  const activation = getActivation(config.activation);
  const layers = config.layers?.map(resolveLayer);
  if (layers && layers.length !== sizes.length - 2)
    throw new RangeError(`createMlp: ${sizes.length - 2} hidden layers need as many activations, got ${layers.length}`);
  const init = config.init ?? defaultInit(config.activation);
  const schemes = typeof init === 'string' ? sizes.slice(1).map(() => init) : init;
  if (schemes.length !== sizes.length - 1)
    throw new RangeError(`createMlp: ${sizes.length - 1} weight matrices need as many schemes, got ${schemes.length}`);
  const rng = createRng(config.seed ?? 1);
  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    const w = new Float64Array(fanIn * fanOut);
    initWeights(w, schemes[l]!, fanIn, fanOut, rng);
    weights.push(w);
    const isHidden = l + 2 < sizes.length;
    biases.push(new Float64Array(fanOut).fill(isHidden ? (config.hiddenBias ?? 0) : 0));
  }
  const bound = activation.bind(config.params);
  return {
    sizes: [...sizes],
    ...(layers ? { layers } : {}),
    activationId: config.activation,
    activation,
    params: bound.params,
    bound,
    head,
    weights,
    biases,
  };
}

/** A layer spec resolved: registry activations bound to their parameters once. */
function resolveLayer(spec: LayerSpec): HiddenActivation {
  if (typeof spec === 'string') spec = { id: spec };
  if (spec.id === 'custom') return { id: 'custom', params: {}, bound: spec.bound, formula: spec.formula };
  const bound = getActivation(spec.id).bind(spec.params);
  return { id: spec.id, params: bound.params, bound };
}

/** The activation of hidden layer l (0-based): its own for a per-layer network, else the shared one. */
export function hiddenActivation(net: Mlp, l: number): HiddenActivation {
  return net.layers?.[l] ?? { id: net.activationId, params: net.params, bound: net.bound };
}

/** A deep copy: same shape and activation, its own parameter arrays. */
export function cloneMlp(net: Mlp): Mlp {
  return { ...net, weights: net.weights.map((w) => w.slice()), biases: net.biases.map((b) => b.slice()) };
}

/** Number of trainable parameters (weights and biases). */
export function parameterCount(net: Mlp): number {
  let count = 0;
  for (let l = 0; l < net.weights.length; l++) count += net.weights[l]!.length + net.biases[l]!.length;
  return count;
}
