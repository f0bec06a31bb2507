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
    question: 'A ReLU neuron has weights w = (0.5, −1) and bias b = 0.2. What does it output for the input x = (2, 1)?',
    answer: neuronOut,
    tolerance: { abs: 1e-9 },
    hint: 'First the weighted sum z = w₁x₁ + w₂x₂ + b, then ReLU(z) = max(0, z).',
    explanation: 'The weighted sum is positive, so ReLU passes it through unchanged.',
    worked: `z = 0.5·2 + (−1)·1 + 0.2 = ${formatNumber(z)}; it is positive, so ReLU(z) = ${formatNumber(neuronOut)}.`,
  },
  {
    id: 'what-a-neuron-computes/stacked-linear',
    kind: 'numeric',
    question:
      'Two one-unit layers with the identity activation are stacked: the first computes 3x − 1, the second 2h + 0.5 of its output h. The whole network is a straight line a·x + c. What is its slope a?',
    answer: slope,
    tolerance: { abs: 1e-9 },
    hint: 'Substitute h = 3x − 1 into 2h + 0.5 and collect the terms in x.',
    explanation: 'Slopes multiply through linear layers: two lines composed are still one line.',
    worked: `2(3x − 1) + 0.5 = 6x − 1.5, so a = ${formatNumber(slope)} (and c = −1.5). However many identity layers you stack, the result is one affine map.`,
  },
  {
    id: 'what-a-neuron-computes/xor',
    kind: 'choice',
    question:
      'Points with x₁·x₂ > 0 are class 0 and points with x₁·x₂ < 0 are class 1 (XOR). Which network can classify all of them correctly?',
    choices: [
      'Any network whose hidden layers use the identity activation, if it is deep enough',
      'A network with one hidden layer of a few ReLU units',
      'No network: XOR cannot be learned',
    ],
    answer: 1,
    hint: 'What shape is the decision boundary of one affine map followed by a sigmoid? Can that shape split the two diagonals?',
    explanation:
      'An identity network is one affine map, whose boundary is a straight line; ReLU units bend the boundary, enough to cut out both diagonals.',
    worked:
      'The second option. A network of identity layers collapses to one affine map, so its boundary is a single straight line, and no line puts both "same-sign" quadrants on one side and both "opposite-sign" quadrants on the other. A hidden layer of ReLU units makes the map piecewise linear, with a boundary that can bend, which is enough.',
  },
];
