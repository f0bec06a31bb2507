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
    question:
      'In the best case each sigmoid layer multiplies the backward signal by σ′(0) (unit weights, every input at 0). Move the slider to the smallest depth at which the gradient reaching the first layer has dropped below 10⁻⁶ of its value at the top.',
    answer: depth,
    tolerance: { abs: 0.5 },
    control: { label: 'Depth (layers)', min: 1, max: maxDepth, step: 1, start: 1 },
    readouts: (d) => [
      { label: 'Factor per layer σ′(0)', value: best },
      { label: 'Gradient left after all layers', value: best ** d },
    ],
    hint: 'Each layer multiplies by the same factor; look for the first depth at which the second read-out shows an exponent of −7.',
    explanation: 'The factor compounds geometrically, so the input-side layers of a deep sigmoid stack barely learn.',
    worked: `Each layer contributes at most σ′(0) = ${formatNumber(best)}, so after d layers at most ${formatNumber(best)}^d remains. That drops below 10⁻⁶ first at d = ${formatNumber(depth)} (${formatNumber(best ** depth, 4)}); one layer fewer leaves ${formatNumber(best ** (depth - 1), 4)}.`,
  },
  {
    id: 'backpropagation-and-initialisation/he',
    kind: 'numeric',
    question: 'A ReLU layer has 512 inputs per unit. What variance should its weights have under He initialisation?',
    answer: heVar,
    tolerance: { rel: 1e-3 },
    hint: 'ReLU keeps half of a symmetric input’s second moment, so the weights must make up a factor of 2: Var[w] = 2 / fan-in.',
    explanation: 'With Var[w] = 2/n, a ReLU layer passes its input’s second moment on unchanged.',
    worked: `Var[w] = 2 / n_in = 2 / 512 = ${formatNumber(heVar)}, a standard deviation of ${formatNumber(Math.sqrt(heVar), 4)}.`,
  },
  {
    id: 'backpropagation-and-initialisation/glorot',
    kind: 'numeric',
    question:
      'A tanh layer maps 100 inputs to 300 outputs. What weight variance does Glorot (Xavier) initialisation give it?',
    answer: glorotVar,
    tolerance: { rel: 1e-3 },
    hint: 'Glorot averages the forward condition (fan-in) and the backward one (fan-out): Var[w] = 2 / (n_in + n_out).',
    explanation:
      'Neither pass is kept exactly when fan-in and fan-out differ; the harmonic compromise keeps both close.',
    worked: `Var[w] = 2 / (100 + 300) = ${formatNumber(glorotVar)}.`,
  },
];
