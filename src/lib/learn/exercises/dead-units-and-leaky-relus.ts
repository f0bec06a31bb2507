/** Chapter 5: dead units and the leaky family. */
import { getActivation } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const leaky = getActivation('leaky-relu');
const rrelu = getActivation('rrelu');

/** Slider positions α = 0, 0.01, …, 0.5; the one where the left slope is closest to a tenth of the right. */
const step = 0.01;
const alphas = Array.from({ length: 51 }, (_, i) => Number((i * step).toFixed(2)));
const ratio = (alpha: number) => leaky.df(-1, { alpha }) / leaky.df(1, { alpha });
const tenth = alphas.reduce((best, a) => (Math.abs(ratio(a) - 0.1) < Math.abs(ratio(best) - 0.1) ? a : best));
const inferenceSlope = rrelu.df(-1);

export const exercises: readonly Exercise[] = [
  {
    id: 'dead-units-and-leaky-relus/tenth',
    kind: 'widget',
    question: 'Set Leaky ReLU’s α so that its slope left of zero is a tenth of its slope right of zero.',
    answer: tenth,
    tolerance: { abs: step / 2 },
    control: { label: 'α (negative slope)', min: 0, max: 0.5, step, start: 0.01 },
    readouts: (alpha) => [
      { label: 'slope at x = −1', value: leaky.df(-1, { alpha }) },
      { label: 'slope at x = 1', value: leaky.df(1, { alpha }) },
      { label: 'ratio left / right', value: ratio(alpha) },
    ],
    curve: {
      xmin: -3,
      xmax: 3,
      ymin: -1.5,
      ymax: 3,
      f: (alpha) => (x) => leaky.f(x, { alpha }),
      caption: 'Leaky ReLU on [−3, 3] at the slider’s α.',
    },
    hint: 'The right-hand slope is always 1; watch the ratio read-out.',
    explanation: 'α is the left-hand slope itself, because the right-hand slope is 1.',
    worked: `Right of zero the slope is ${formatNumber(leaky.df(1, { alpha: tenth }))}, left of it α, so the ratio is α itself: α = ${formatNumber(tenth)}. PyTorch’s default, 0.01, lets a hundredth through.`,
  },
  {
    id: 'dead-units-and-leaky-relus/rrelu',
    kind: 'numeric',
    question:
      'RReLU draws its negative slope uniformly from [1/8, 1/3] for every training example. What fixed slope does it use at inference (evaluation)?',
    answer: inferenceSlope,
    tolerance: { abs: 0.001 },
    hint: 'At inference it uses the expected value of the random slope.',
    explanation: 'The mean of a uniform distribution is the midpoint of its interval.',
    worked: `(1/8 + 1/3) / 2 = 11/48 ≈ ${formatNumber(inferenceSlope, 4)}.`,
  },
  {
    id: 'dead-units-and-leaky-relus/revive',
    kind: 'choice',
    question:
      'A ReLU unit outputs 0 for every training example: its pre-activation is negative on all of them. Which statement is true?',
    choices: [
      'It is gone for good: nothing can ever change its output again',
      'Its own weights get no gradient, but it can come back if the layers below change its inputs',
      'A larger learning rate will pull its weights back through their own gradient',
    ],
    answer: 1,
    hint: 'Which gradients are exactly zero: the ones into this unit’s weights, or every gradient in the network?',
    explanation:
      'Its incoming weights freeze, but earlier layers keep learning and can move its pre-activation above zero.',
    worked:
      'The second option. With ReLU′ = 0 on every example, the gradient of the loss with respect to the unit’s incoming weights and bias is exactly 0, so they stop changing. The layers below still receive gradient through other units; as they change, the unit’s inputs change, and its pre-activation can turn positive for some examples again.',
  },
];
