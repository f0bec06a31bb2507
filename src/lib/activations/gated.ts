/**
 * Gated linear units: two inputs, a value a and a gate b (two linear projections of the same x), combined
 * as f(a, b) = a·g(b). PyTorch's F.glu(x, dim) splits x along dim into halves and returns
 * first_half ⊗ σ(second_half): the value is the first half, the gate the second. The variants replace σ
 * (Shazeer, 2020, "GLU Variants Improve Transformer"): ReLU (ReGLU), GELU (GEGLU), Swish/SiLU (SwiGLU,
 * as in LLaMA's feed-forward w2(silu(w1 x) ⊗ w3 x), where w1 x is the gate).
 */
import { sigmoid } from './classic';
import { relu } from './rectifiers';
import { gelu, swish } from './smooth';

/** Every gated unit id, in catalogue order. */
export const gatedIds = ['glu', 'reglu', 'geglu', 'swiglu'] as const;
export type GatedId = (typeof gatedIds)[number];

/** LaTeX for f and its two partial derivatives. */
export interface GatedFormulas {
  readonly f: string;
  readonly dA: string;
  readonly dB: string;
}

export interface GatedActivation {
  readonly id: GatedId;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly family: 'gated';
  readonly latex: GatedFormulas;
  /** The scalar activation applied to the gate. */
  readonly gate: 'sigmoid' | 'relu' | 'gelu' | 'swish';
  /** a·g(b). NaN in either input gives NaN. */
  f(a: number, b: number): number;
  /** ∂f/∂a = g(b). */
  dA(a: number, b: number): number;
  /** ∂f/∂b = a·g′(b), with the gate's kink convention (relu′(0) = 0). */
  dB(a: number, b: number): number;
}

interface Gate {
  f(x: number): number;
  df(x: number): number;
}

function gated(
  id: GatedId,
  name: string,
  aliases: readonly string[],
  gateId: GatedActivation['gate'],
  gate: Gate,
  g: string,
  dg: string,
): GatedActivation {
  return {
    id,
    name,
    aliases,
    family: 'gated',
    gate: gateId,
    latex: {
      f: `f(a, b) = a \\otimes ${g}`,
      dA: `\\frac{\\partial f}{\\partial a} = ${g}`,
      dB: `\\frac{\\partial f}{\\partial b} = a\\,${dg}`,
    },
    f: (a, b) => a * gate.f(b),
    dA: (a, b) => (Number.isNaN(a) ? NaN : gate.f(b)),
    dB: (a, b) => a * gate.df(b),
  };
}

const byId: { readonly [Id in GatedId]: GatedActivation } = {
  glu: gated(
    'glu',
    'GLU',
    ['gated linear unit'],
    'sigmoid',
    sigmoid,
    '\\sigma(b)',
    '\\sigma(b)\\bigl(1 - \\sigma(b)\\bigr)',
  ),
  reglu: gated('reglu', 'ReGLU', ['ReLU GLU'], 'relu', relu, '\\max(0, b)', '\\mathbb{1}[b > 0]'),
  geglu: gated(
    'geglu',
    'GEGLU',
    ['GELU GLU'],
    'gelu',
    gelu,
    'b\\,\\Phi(b)',
    '\\bigl(\\Phi(b) + b\\,\\varphi(b)\\bigr)',
  ),
  swiglu: gated(
    'swiglu',
    'SwiGLU',
    ['Swish GLU', 'SiLU GLU'],
    'swish',
    swish,
    'b\\,\\sigma(b)',
    '\\sigma(b)\\bigl(1 + b\\,(1 - \\sigma(b))\\bigr)',
  ),
};

export function isGatedId(id: string): id is GatedId {
  return Object.hasOwn(byId, id);
}

/** The gated unit with this id; throws an error listing the valid ids for anything else. */
export function getGated(id: string): GatedActivation {
  if (!isGatedId(id)) throw new Error(`Unknown gated unit id "${id}". Valid ids: ${gatedIds.join(', ')}.`);
  return byId[id];
}

/**
 * The hidden width of a SwiGLU feed-forward block by LLaMA's reference rule (meta-llama/llama,
 * llama/model.py, FeedForward.__init__, called with hidden_dim = 4·dim): take 4d, keep two thirds
 * (int(2·h/3), so the three weight matrices hold as many parameters as a 4d two-matrix MLP), scale by
 * ffn_dim_multiplier if given (Llama 2 and 3; int() again), then round up to a multiple of multiple_of.
 * LLaMA 7B (d = 4096): 11008; 13B (5120): 13824; 65B (8192): 22016.
 */
export function swigluHiddenWidth(
  d: number,
  { multipleOf = 256, ffnDimMultiplier }: { multipleOf?: number; ffnDimMultiplier?: number } = {},
): number {
  if (!Number.isInteger(d) || d <= 0) throw new RangeError(`swigluHiddenWidth: d must be a positive integer, got ${d}`);
  if (!Number.isInteger(multipleOf) || multipleOf <= 0) {
    throw new RangeError(`swigluHiddenWidth: multipleOf must be a positive integer, got ${multipleOf}`);
  }
  // Python's int() truncates towards 0; every value here is positive, so Math.trunc = floor.
  let hidden = Math.trunc((2 * (4 * d)) / 3);
  if (ffnDimMultiplier !== undefined) hidden = Math.trunc(ffnDimMultiplier * hidden);
  return multipleOf * Math.ceil(hidden / multipleOf);
}
