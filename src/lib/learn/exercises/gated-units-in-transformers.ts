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
    question: {
      en: 'A transformer with model width d = 1536 has a plain feed-forward block of hidden width 4d. To keep the same number of weights with a gated block (three matrices instead of two), what hidden width h should the gated block use?',
      zh: '一个模型宽度d = 1536的Transformer，其普通前馈模块的隐藏宽度为4d。若改用门控模块（三个矩阵而不是两个）并保持权重数量不变，门控模块的隐藏宽度h应取多少？',
    },
    answer: gatedWidth,
    tolerance: { abs: 0.5 },
    hint: {
      en: 'Plain: 2 · d · 4d weights. Gated: 3 · d · h. Set them equal and solve for h.',
      zh: '普通模块：2 · d · 4d个权重。门控模块：3 · d · h个。令两者相等，解出h。',
    },
    explanation: {
      en: 'Three matrices instead of two means each gets two thirds of the width: h = (2/3)·4d.',
      zh: '三个矩阵代替两个，意味着每个矩阵只分到三分之二的宽度：h = (2/3)·4d。',
    },
    worked: {
      en: `2·d·4d = 3·d·h gives h = 8d/3 = ${formatNumber(gatedWidth)} for d = 1536.`,
      zh: `由2·d·4d = 3·d·h得h = 8d/3，d = 1536时为${formatNumber(gatedWidth)}。`,
    },
  },
  {
    id: 'gated-units-in-transformers/glu',
    kind: 'numeric',
    question: {
      en: 'In GLU the output is value · σ(gate). The value projection gives 2 and the gate projection gives 0. What comes out?',
      zh: 'GLU的输出为值投影 · σ(门控投影)。值投影给出2，门控投影给出0。输出是多少？',
    },
    answer: glu,
    tolerance: { abs: 1e-9 },
    hint: { en: 'σ(0) is the sigmoid’s midpoint.', zh: 'σ(0)是Sigmoid 函数的中点。' },
    explanation: { en: 'A gate at 0 lets exactly half of the value through.', zh: '门控为0时恰好让一半的值通过。' },
    worked: {
      en: `2 · σ(0) = 2 · ${formatNumber(sigmoid.f(0))} = ${formatNumber(glu)}.`,
      zh: `输出为2 · σ(0) = 2 · ${formatNumber(sigmoid.f(0))} = ${formatNumber(glu)}。`,
    },
  },
  {
    id: 'gated-units-in-transformers/swiglu',
    kind: 'numeric',
    question: {
      en: 'In SwiGLU the output is Swish(gate) · value. The gate projection gives 1 and the value projection gives 3. What comes out?',
      zh: 'SwiGLU的输出为Swish(门控投影) · 值投影。门控投影给出1，值投影给出3。输出是多少？',
    },
    answer: swiglu,
    tolerance: { abs: 0.002 },
    hint: { en: 'Swish(1) = 1 · σ(1), and σ(1) ≈ 0.731.', zh: 'Swish(1) = 1 · σ(1)，而σ(1) ≈ 0.731。' },
    explanation: {
      en: 'The Swish of the gate scales the value; unlike the sigmoid, it is not capped at 1.',
      zh: '门控的Swish值对值投影进行缩放；与Sigmoid不同，它不以1为上限。',
    },
    worked: {
      en: `Swish(1) = σ(1) ≈ ${formatNumber(swish.f(1), 4)}, times 3 gives ${formatNumber(swiglu, 4)}.`,
      zh: `Swish(1) = σ(1) ≈ ${formatNumber(swish.f(1), 4)}，乘以3得${formatNumber(swiglu, 4)}。`,
    },
  },
];
