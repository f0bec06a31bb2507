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
    question: 'A three-class model outputs the logits (3, 1, 0). What probability does softmax give the first class?',
    answer: first,
    tolerance: { abs: 0.002 },
    hint: 'softmax(z)₁ = e^z₁ / (e^z₁ + e^z₂ + e^z₃) = e³ / (e³ + e + 1).',
    explanation: 'A logit two larger than the next makes a class e² ≈ 7.4 times as likely as that one.',
    worked: `e³ / (e³ + e¹ + e⁰) ≈ ${formatNumber(Math.exp(3), 4)} / ${formatNumber(Math.exp(3) + Math.E + 1, 4)} ≈ ${formatNumber(first, 4)}.`,
  },
  {
    id: 'output-layers-and-losses/gradient',
    kind: 'numeric',
    question:
      'A binary classifier outputs the logit z = 2 for an example whose label is y = 1. Its loss is the cross-entropy −log σ(z). What is the derivative of the loss with respect to z?',
    answer: gradient,
    tolerance: { abs: 0.002 },
    hint: 'The derivative of cross-entropy composed with the sigmoid simplifies to σ(z) − y.',
    explanation: 'σ′ cancels against the derivative of the log: the gradient is the prediction minus the label.',
    worked: `d/dz[−log σ(z)] = −σ′(z)/σ(z) = σ(z) − 1 = ${formatNumber(gradient, 4)}. The answer is negative: raising z lowers the loss.`,
  },
  {
    id: 'output-layers-and-losses/temperature',
    kind: 'choice',
    question: 'Dividing the logits (2, 1, 0) by a temperature T = 2 before the softmax makes the distribution…',
    choices: [
      'sharper: the first class gets more probability',
      'flatter: the first class gets less probability',
      'unchanged: softmax ignores scale',
    ],
    answer: 1,
    hint: 'Halving the logits halves their differences, and the probabilities depend only on differences.',
    explanation: 'Smaller differences between logits mean probabilities closer to uniform.',
    worked: `The first class falls from ${formatNumber(cool, 4)} at T = 1 to ${formatNumber(hot, 4)} at T = 2: a flatter distribution. T < 1 sharpens it.`,
  },
  {
    id: 'output-layers-and-losses/attention-scale',
    kind: 'numeric',
    question:
      'Attention scores are dot products q·k of vectors of dimension d_k whose entries have mean 0 and variance 1. By what factor are they scaled so that the scores have variance 1, for d_k = 64?',
    answer: 1 / Math.sqrt(64),
    tolerance: { abs: 1e-4 },
    hint: 'A sum of d_k independent products with variance 1 has variance d_k. Scaling by c multiplies variance by c².',
    explanation: 'Without the scaling, large d_k pushes the softmax into saturation, where its gradients are tiny.',
    worked: `Var[q·k] = d_k = 64, so the factor is 1/√64 = ${formatNumber(1 / Math.sqrt(64))}.`,
  },
];
