/** Chapter 8: gated units in transformers and the 2/3 width rule. */
import { getActivation } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const sigmoid = getActivation('sigmoid');
const swish = getActivation('swish');

/**
 * The 2/3 rule. A plain feed-forward block with width d_ff = 4d has two d × d_ff matrices: 8d² weights. A
 * gated block has three matrices d × h (value, gate, output): 3dh weights. Equal budgets give h = 8d/3.
 */
const d = 1536;
const gatedWidth = (2 * d * (4 * d)) / (3 * d);
const glu = 2 * sigmoid.f(0);
const swiglu = 3 * swish.f(1);

export const exercises: readonly Exercise[] = [
  {
    id: 'gated-units-in-transformers/two-thirds',
    kind: 'numeric',
    question:
      'A transformer with model width d = 1536 has a plain feed-forward block of hidden width 4d. To keep the same number of weights with a gated block (three matrices instead of two), what hidden width h should the gated block use?',
    answer: gatedWidth,
    tolerance: { abs: 0.5 },
    hint: 'Plain: 2 · d · 4d weights. Gated: 3 · d · h. Set them equal and solve for h.',
    explanation: 'Three matrices instead of two means each gets two thirds of the width: h = (2/3)·4d.',
    worked: `2·d·4d = 3·d·h gives h = 8d/3 = ${formatNumber(gatedWidth)} for d = 1536.`,
  },
  {
    id: 'gated-units-in-transformers/glu',
    kind: 'numeric',
    question:
      'In GLU the output is value · σ(gate). The value projection gives 2 and the gate projection gives 0. What comes out?',
    answer: glu,
    tolerance: { abs: 1e-9 },
    hint: 'σ(0) is the sigmoid’s midpoint.',
    explanation: 'A gate at 0 lets exactly half of the value through.',
    worked: `2 · σ(0) = 2 · ${formatNumber(sigmoid.f(0))} = ${formatNumber(glu)}.`,
  },
  {
    id: 'gated-units-in-transformers/swiglu',
    kind: 'numeric',
    question:
      'In SwiGLU the output is Swish(gate) · value. The gate projection gives 1 and the value projection gives 3. What comes out?',
    answer: swiglu,
    tolerance: { abs: 0.002 },
    hint: 'Swish(1) = 1 · σ(1), and σ(1) ≈ 0.731.',
    explanation: 'The Swish of the gate scales the value; unlike the sigmoid, it is not capped at 1.',
    worked: `Swish(1) = σ(1) ≈ ${formatNumber(swish.f(1), 4)}, times 3 gives ${formatNumber(swiglu, 4)}.`,
  },
];
