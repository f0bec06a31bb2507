/** Chapter 4: ReLU, and what else had to change. */
import { getActivation } from '../../activations';
import { INV_SQRT_2PI } from '../../activations/numerics';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const relu = getActivation('relu');

/**
 * E[ReLU(z)²] for z ~ N(0, 1), by the trapezoidal rule on [−10, 10] (the tails beyond hold less than 10⁻²⁰
 * of the mass). The integrand is smooth except for a kink at 0, which is a grid point, so the rule converges
 * fast.
 */
function secondMoment(): number {
  const n = 20000;
  const h = 20 / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const z = -10 + i * h;
    const weight = i === 0 || i === n ? 0.5 : 1;
    sum += weight * relu.f(z) ** 2 * INV_SQRT_2PI * Math.exp(-0.5 * z * z);
  }
  return sum * h;
}
const moment = secondMoment();
const kink = relu.df(0);

export const exercises: readonly Exercise[] = [
  {
    id: 'relu/second-moment',
    kind: 'numeric',
    question:
      'The pre-activation z of a ReLU unit is standard normal (mean 0, variance 1). What is the mean of ReLU(z)², the output’s second moment?',
    answer: moment,
    tolerance: { abs: 0.005 },
    hint: 'Half the time z < 0 and the output is 0; the other half the output is z itself. What is E[z²] over all z?',
    explanation:
      'ReLU halves the second moment of a symmetric input, which is exactly the factor of 2 in He initialisation.',
    worked: `Negative z contribute 0; positive z contribute z², which by symmetry is half of E[z²] = 1. So E[ReLU(z)²] = ${formatNumber(moment, 4)}.`,
  },
  {
    id: 'relu/kink',
    kind: 'numeric',
    question:
      'ReLU has no derivative at exactly 0, but autograd must return something. What does PyTorch (and this site’s module) use for ReLU′(0)?',
    answer: kink,
    tolerance: { abs: 1e-9 },
    hint: 'It is one of the two one-sided slopes.',
    explanation: 'Any value in [0, 1] is a valid subgradient; the frameworks pick the slope of the flat side.',
    worked: `ReLU′(0) = ${formatNumber(kink)}: the left-hand slope. It rarely matters, since an input of exactly 0 is rare.`,
  },
  {
    id: 'relu/what-changed',
    kind: 'choice',
    question:
      'ReLU alone did not make very deep networks trainable. Which set of changes came with it in the networks that went past a hundred layers?',
    choices: [
      'Larger learning rates and squared-error losses',
      'Initialisation scaled for rectifiers, normalisation layers and residual (skip) connections',
      'Replacing gradient descent with a genetic algorithm',
    ],
    answer: 1,
    hint: 'Think of what keeps the forward signal’s spread constant and what gives the gradient a path around the layers.',
    explanation:
      'He initialisation sets the scale, normalisation keeps it during training, residual paths carry the gradient past layers.',
    worked:
      'The second option. He et al. (2015) derived an initialisation for rectifiers; batch normalisation (Ioffe & Szegedy, 2015) kept layer inputs standardised during training; residual networks (He et al., 2016) added identity paths that the gradient follows unchanged, and trained more than a hundred layers.',
  },
];
