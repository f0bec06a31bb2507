/** Chapter 3: backpropagation, vanishing and exploding gradients, initialisation. */
import { getActivation } from '../../activations';
import { formatNumber } from '../../format/number';
import { initVariance } from '../../nn';
import type { Exercise } from './types';

const sigmoid = getActivation('sigmoid');

/** The largest factor one sigmoid layer can contribute to the backward signal (at z = 0, unit weight). */
const best = sigmoid.df(0);
const maxDepth = 40;
/** The first depth at which even that best case leaves less than 10⁻⁶ of the gradient. */
const depth = Array.from({ length: maxDepth }, (_, i) => i + 1).find((d) => best ** d < 1e-6) ?? Number.NaN;

const heVar = initVariance('he-normal', 512, 512);
const glorotVar = initVariance('xavier-normal', 100, 300);

export const exercises: readonly Exercise[] = [
  {
    id: 'backpropagation-and-initialisation/sigmoid-depth',
    kind: 'widget',
    question: {
      en: 'In the best case each sigmoid layer multiplies the backward signal by σ′(0) (unit weights, every input at 0). Move the slider to the smallest depth at which the gradient reaching the first layer has dropped below 10⁻⁶ of its value at the top.',
      zh: '在最好的情况下，每个Sigmoid层把反向信号乘以σ′(0)（权重为1，每个输入都在0处）。移动滑块，找到使到达第一层的梯度降到其顶层值的10⁻⁶以下的最小深度。',
    },
    answer: depth,
    tolerance: { abs: 0.5 },
    control: { label: { en: 'Depth (layers)', zh: '深度（层数）' }, min: 1, max: maxDepth, step: 1, start: 1 },
    readouts: (d) => [
      { label: { en: 'Factor per layer σ′(0)', zh: '每层因子σ′(0)' }, value: best },
      { label: { en: 'Gradient left after all layers', zh: '穿过所有层后剩余的梯度' }, value: best ** d },
    ],
    hint: {
      en: 'Each layer multiplies by the same factor; look for the first depth at which the second read-out shows an exponent of −7.',
      zh: '每层都乘以同一个因子；找出第二个读数首次显示指数为−7的深度。',
    },
    explanation: {
      en: 'The factor compounds geometrically, so the input-side layers of a deep sigmoid stack barely learn.',
      zh: '这个因子呈几何式累积，所以深层Sigmoid网络中靠近输入的层几乎学不动。',
    },
    worked: {
      en: `Each layer contributes at most σ′(0) = ${formatNumber(best)}, so after d layers at most ${formatNumber(best)}^d remains. That drops below 10⁻⁶ first at d = ${formatNumber(depth)} (${formatNumber(best ** depth, 4)}); one layer fewer leaves ${formatNumber(best ** (depth - 1), 4)}.`,
      zh: `每层最多贡献σ′(0) = ${formatNumber(best)}，所以经过d层后最多剩下${formatNumber(best)}^d。它在d = ${formatNumber(depth)}时首次低于10⁻⁶（${formatNumber(best ** depth, 4)}）；少一层则剩下${formatNumber(best ** (depth - 1), 4)}。`,
    },
  },
  {
    id: 'backpropagation-and-initialisation/he',
    kind: 'numeric',
    question: {
      en: 'A ReLU layer has 512 inputs per unit. What variance should its weights have under He initialisation?',
      zh: '一个ReLU层的每个单元有512个输入。按He初始化，它的权重方差应为多少？',
    },
    answer: heVar,
    tolerance: { rel: 1e-3 },
    hint: {
      en: 'ReLU keeps half of a symmetric input’s second moment, so the weights must make up a factor of 2: Var[w] = 2 / fan-in.',
      zh: '对于对称的输入，ReLU只保留其二阶矩的一半，所以权重必须补上因子2：Var[w] = 2 / 扇入。',
    },
    explanation: {
      en: 'With Var[w] = 2/n, a ReLU layer passes its input’s second moment on unchanged.',
      zh: '当Var[w] = 2/n时，ReLU层把输入的二阶矩原样传下去。',
    },
    worked: {
      en: `Var[w] = 2 / n_in = 2 / 512 = ${formatNumber(heVar)}, a standard deviation of ${formatNumber(Math.sqrt(heVar), 4)}.`,
      zh: `Var[w] = 2 / n_in = 2 / 512 = ${formatNumber(heVar)}，标准差为${formatNumber(Math.sqrt(heVar), 4)}。`,
    },
  },
  {
    id: 'backpropagation-and-initialisation/glorot',
    kind: 'numeric',
    question: {
      en: 'A tanh layer maps 100 inputs to 300 outputs. What weight variance does Glorot (Xavier) initialisation give it?',
      zh: '一个tanh层把100个输入映射为300个输出。Glorot（Xavier）初始化给它的权重方差是多少？',
    },
    answer: glorotVar,
    tolerance: { rel: 1e-3 },
    hint: {
      en: 'Glorot averages the forward condition (fan-in) and the backward one (fan-out): Var[w] = 2 / (n_in + n_out).',
      zh: 'Glorot对前向条件（扇入）和反向条件（扇出）取平均：Var[w] = 2 / (n_in + n_out)。',
    },
    explanation: {
      en: 'Neither pass is kept exactly when fan-in and fan-out differ; the harmonic compromise keeps both close.',
      zh: '扇入与扇出不同时，两个方向都无法精确保持；这种调和折中让两者都接近保持。',
    },
    worked: {
      en: `Var[w] = 2 / (100 + 300) = ${formatNumber(glorotVar)}.`,
      zh: `代入得Var[w] = 2 / (100 + 300) = ${formatNumber(glorotVar)}。`,
    },
  },
];
