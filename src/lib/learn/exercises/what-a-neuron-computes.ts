/** Chapter 1: what a neuron computes, and why depth without a nonlinearity adds nothing. */
import { getActivation } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const relu = getActivation('relu');
const identity = getActivation('identity');

// A neuron: z = w·x + b, then f(z). The numbers are the question's; the answer is computed.
const w = [0.5, -1] as const;
const x = [2, 1] as const;
const b = 0.2;
const z = w[0] * x[0] + w[1] * x[1] + b;
const neuronOut = relu.f(z);

// Two stacked layers with identity activations: g(x) = w2·id(w1·x + b1) + b2. Its slope is g(1) − g(0).
const net = (input: number) => 2 * identity.f(3 * input - 1) + 0.5;
const slope = net(1) - net(0);

export const exercises: readonly Exercise[] = [
  {
    id: 'what-a-neuron-computes/one-neuron',
    kind: 'numeric',
    question: {
      en: 'A ReLU neuron has weights w = (0.5, −1) and bias b = 0.2. What does it output for the input x = (2, 1)?',
      zh: '一个ReLU神经元的权重为w = (0.5, −1)，偏置为b = 0.2。输入x = (2, 1)时，它输出多少？',
    },
    answer: neuronOut,
    tolerance: { abs: 1e-9 },
    hint: {
      en: 'First the weighted sum z = w₁x₁ + w₂x₂ + b, then ReLU(z) = max(0, z).',
      zh: '先算加权和z = w₁x₁ + w₂x₂ + b，再算ReLU(z) = max(0, z)。',
    },
    explanation: {
      en: 'The weighted sum is positive, so ReLU passes it through unchanged.',
      zh: '加权和为正，所以ReLU让它原样通过。',
    },
    worked: {
      en: `z = 0.5·2 + (−1)·1 + 0.2 = ${formatNumber(z)}; it is positive, so ReLU(z) = ${formatNumber(neuronOut)}.`,
      zh: `z = 0.5·2 + (−1)·1 + 0.2 = ${formatNumber(z)}；它为正，所以ReLU(z) = ${formatNumber(neuronOut)}。`,
    },
  },
  {
    id: 'what-a-neuron-computes/stacked-linear',
    kind: 'numeric',
    question: {
      en: 'Two one-unit layers with the identity activation are stacked: the first computes 3x − 1, the second 2h + 0.5 of its output h. The whole network is a straight line a·x + c. What is its slope a?',
      zh: '把两个激活函数为恒等函数的单单元层叠起来：第一层计算3x − 1，第二层对它的输出h计算2h + 0.5。整个网络是一条直线a·x + c。它的斜率a是多少？',
    },
    answer: slope,
    tolerance: { abs: 1e-9 },
    hint: {
      en: 'Substitute h = 3x − 1 into 2h + 0.5 and collect the terms in x.',
      zh: '把h = 3x − 1代入2h + 0.5，再合并含x的项。',
    },
    explanation: {
      en: 'Slopes multiply through linear layers: two lines composed are still one line.',
      zh: '经过线性层时斜率相乘：两条直线复合起来仍是一条直线。',
    },
    worked: {
      en: `2(3x − 1) + 0.5 = 6x − 1.5, so a = ${formatNumber(slope)} (and c = −1.5). However many identity layers you stack, the result is one affine map.`,
      zh: `2(3x − 1) + 0.5 = 6x − 1.5，所以a = ${formatNumber(slope)}（且c = −1.5）。无论叠多少个恒等层，结果都是一个仿射映射。`,
    },
  },
  {
    id: 'what-a-neuron-computes/xor',
    kind: 'choice',
    question: {
      en: 'Points with x₁·x₂ > 0 are class 0 and points with x₁·x₂ < 0 are class 1 (XOR). Which network can classify all of them correctly?',
      zh: 'x₁·x₂ > 0的点属于类别0，x₁·x₂ < 0的点属于类别1（XOR）。哪种网络能把它们全部分对？',
    },
    choices: [
      {
        en: 'Any network whose hidden layers use the identity activation, if it is deep enough',
        zh: '任何隐藏层使用恒等激活函数的网络，只要足够深',
      },
      { en: 'A network with one hidden layer of a few ReLU units', zh: '一个隐藏层含少量ReLU单元的网络' },
      { en: 'No network: XOR cannot be learned', zh: '没有这样的网络：XOR无法学习' },
    ],
    answer: 1,
    hint: {
      en: 'What shape is the decision boundary of one affine map followed by a sigmoid? Can that shape split the two diagonals?',
      zh: '一个仿射映射后接Sigmoid，其决策边界是什么形状？这种形状能把两条对角线分开吗？',
    },
    explanation: {
      en: 'An identity network is one affine map, whose boundary is a straight line; ReLU units bend the boundary, enough to cut out both diagonals.',
      zh: '恒等网络就是一个仿射映射，其边界是一条直线；ReLU单元能让边界弯折，足以把两条对角线都划分出来。',
    },
    worked: {
      en: 'The second option. A network of identity layers collapses to one affine map, so its boundary is a single straight line, and no line puts both "same-sign" quadrants on one side and both "opposite-sign" quadrants on the other. A hidden layer of ReLU units makes the map piecewise linear, with a boundary that can bend, which is enough.',
      zh: '第二项。由恒等层组成的网络会坍缩成一个仿射映射，所以边界只是一条直线，而没有任何直线能让两个“同号”象限在一侧、两个“异号”象限在另一侧。一个由ReLU单元组成的隐藏层使映射成为分段线性的，边界可以弯折，这就够了。',
    },
  },
];
