/** Chapter 9: output layers, logits and losses. */
import { getActivation, softmax } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const sigmoid = getActivation('sigmoid');

const probs = softmax([3, 1, 0]);
const first = probs[0]!;
/** ∂/∂z of −log σ(z) at z = 2 (label y = 1) is σ(2) − 1: the prediction minus the label. */
const gradient = sigmoid.f(2) - 1;
const cool = softmax([2, 1, 0])[0]!;
const hot = softmax([2, 1, 0], 2)[0]!;

export const exercises: readonly Exercise[] = [
  {
    id: 'output-layers-and-losses/softmax',
    kind: 'numeric',
    question: {
      en: 'A three-class model outputs the logits (3, 1, 0). What probability does softmax give the first class?',
      zh: '一个三分类模型输出的logit为(3, 1, 0)。softmax给第一类的概率是多少？',
    },
    answer: first,
    tolerance: { abs: 0.002 },
    hint: {
      en: 'softmax(z)₁ = e^z₁ / (e^z₁ + e^z₂ + e^z₃) = e³ / (e³ + e + 1).',
      zh: '按定义，softmax(z)₁ = e^z₁ / (e^z₁ + e^z₂ + e^z₃) = e³ / (e³ + e + 1)。',
    },
    explanation: {
      en: 'A logit two larger than the next makes a class e² ≈ 7.4 times as likely as that one.',
      zh: '一个类别的logit比另一个大2，它的可能性就是后者的e² ≈ 7.4倍。',
    },
    worked: {
      en: `e³ / (e³ + e¹ + e⁰) ≈ ${formatNumber(Math.exp(3), 4)} / ${formatNumber(Math.exp(3) + Math.E + 1, 4)} ≈ ${formatNumber(first, 4)}.`,
      zh: `第一类的概率为e³ / (e³ + e¹ + e⁰) ≈ ${formatNumber(Math.exp(3), 4)} / ${formatNumber(Math.exp(3) + Math.E + 1, 4)} ≈ ${formatNumber(first, 4)}。`,
    },
  },
  {
    id: 'output-layers-and-losses/gradient',
    kind: 'numeric',
    question: {
      en: 'A binary classifier outputs the logit z = 2 for an example whose label is y = 1. Its loss is the cross-entropy −log σ(z). What is the derivative of the loss with respect to z?',
      zh: '一个二分类器对一个标签为y = 1的样本输出logit z = 2。它的损失是交叉熵−log σ(z)。损失对z的导数是多少？',
    },
    answer: gradient,
    tolerance: { abs: 0.002 },
    hint: {
      en: 'The derivative of cross-entropy composed with the sigmoid simplifies to σ(z) − y.',
      zh: '交叉熵与Sigmoid 函数复合后，导数化简为σ(z) − y。',
    },
    explanation: {
      en: 'σ′ cancels against the derivative of the log: the gradient is the prediction minus the label.',
      zh: 'σ′与对数的导数相互抵消：梯度就是预测值减去标签。',
    },
    worked: {
      en: `d/dz[−log σ(z)] = −σ′(z)/σ(z) = σ(z) − 1 = ${formatNumber(gradient, 4)}. The answer is negative: raising z lowers the loss.`,
      zh: `d/dz[−log σ(z)] = −σ′(z)/σ(z) = σ(z) − 1 = ${formatNumber(gradient, 4)}。答案为负：增大z会降低损失。`,
    },
  },
  {
    id: 'output-layers-and-losses/temperature',
    kind: 'choice',
    question: {
      en: 'Dividing the logits (2, 1, 0) by a temperature T = 2 before the softmax makes the distribution…',
      zh: '在softmax之前把logit (2, 1, 0)除以温度T = 2，会使分布……',
    },
    choices: [
      { en: 'sharper: the first class gets more probability', zh: '更尖锐：第一类得到更多概率' },
      { en: 'flatter: the first class gets less probability', zh: '更平坦：第一类得到更少概率' },
      { en: 'unchanged: softmax ignores scale', zh: '不变：softmax不受尺度影响' },
    ],
    answer: 1,
    hint: {
      en: 'Halving the logits halves their differences, and the probabilities depend only on differences.',
      zh: '把logit减半，它们的差也减半，而概率只取决于这些差。',
    },
    explanation: {
      en: 'Smaller differences between logits mean probabilities closer to uniform.',
      zh: 'logit之间的差越小，概率越接近均匀分布。',
    },
    worked: {
      en: `The first class falls from ${formatNumber(cool, 4)} at T = 1 to ${formatNumber(hot, 4)} at T = 2: a flatter distribution. T < 1 sharpens it.`,
      zh: `第一类的概率从T = 1时的${formatNumber(cool, 4)}降到T = 2时的${formatNumber(hot, 4)}：分布更平坦了。T < 1则使分布更尖锐。`,
    },
  },
  {
    id: 'output-layers-and-losses/attention-scale',
    kind: 'numeric',
    question: {
      en: 'Attention scores are dot products q·k of vectors of dimension d_k whose entries have mean 0 and variance 1. By what factor are they scaled so that the scores have variance 1, for d_k = 64?',
      zh: '注意力分数是维度为d_k的向量的点积q·k，向量各元素均值为0、方差为1。d_k = 64时，要把分数乘以什么因子，才能使分数的方差为1？',
    },
    answer: 1 / Math.sqrt(64),
    tolerance: { abs: 1e-4 },
    hint: {
      en: 'A sum of d_k independent products with variance 1 has variance d_k. Scaling by c multiplies variance by c².',
      zh: 'd_k个方差为1的独立乘积之和，方差为d_k。乘以c会使方差乘以c²。',
    },
    explanation: {
      en: 'Without the scaling, large d_k pushes the softmax into saturation, where its gradients are tiny.',
      zh: '不做缩放时，较大的d_k会把softmax推入饱和区，那里的梯度极小。',
    },
    worked: {
      en: `Var[q·k] = d_k = 64, so the factor is 1/√64 = ${formatNumber(1 / Math.sqrt(64))}.`,
      zh: `Var[q·k] = d_k = 64，所以因子是1/√64 = ${formatNumber(1 / Math.sqrt(64))}。`,
    },
  },
];
