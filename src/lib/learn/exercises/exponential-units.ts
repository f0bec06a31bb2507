/** Chapter 6: ELU, SELU, CELU and self-normalisation. */
import { getActivation } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const elu = getActivation('elu');
const selu = getActivation('selu');
const celu = getActivation('celu');

const eluAt = elu.f(-2);
/** SELU's floor, −λα, read from far down the negative tail (e^−800 underflows to 0, leaving exactly −λα). */
const seluFloor = selu.f(-800);
const celuSlope = celu.df(-1, { alpha: 2 });

export const exercises: readonly Exercise[] = [
  {
    id: 'exponential-units/elu',
    kind: 'numeric',
    question: 'ELU with α = 1: what is ELU(−2)?',
    answer: eluAt,
    tolerance: { abs: 0.002 },
    hint: 'For x < 0, ELU(x) = α(eˣ − 1). e⁻² is about 0.135.',
    explanation: 'The negative side bends towards −α, so moderate negative inputs still give a signal and a gradient.',
    worked: `ELU(−2) = e⁻² − 1 ≈ ${formatNumber(eluAt, 4)}.`,
  },
  {
    id: 'exponential-units/selu-floor',
    kind: 'numeric',
    question: 'What value does SELU approach for very negative inputs (its lower bound)?',
    answer: seluFloor,
    tolerance: { abs: 0.001 },
    hint: 'SELU(x) = λα(eˣ − 1) for x < 0, with λ ≈ 1.0507 and α ≈ 1.6733. Let eˣ go to 0.',
    explanation: 'The floor −λα is what lets SELU push a layer’s mean back towards 0.',
    worked: `As x → −∞, eˣ → 0 and SELU(x) → −λα ≈ ${formatNumber(seluFloor, 5)}.`,
  },
  {
    id: 'exponential-units/celu-slope',
    kind: 'numeric',
    question: 'CELU with α = 2: what is its slope at x = −1?',
    answer: celuSlope,
    tolerance: { abs: 0.002 },
    hint: 'CELU(x) = α(e^(x/α) − 1) for x < 0; differentiate: the α cancels.',
    explanation:
      'CELU’s slope is e^(x/α) on the negative side, so it is 1 at 0 from both sides for every α: C¹ at any α.',
    worked: `CELU′(x) = e^(x/α) for x < 0, so CELU′(−1) = e^(−1/2) ≈ ${formatNumber(celuSlope, 4)}.`,
  },
  {
    id: 'exponential-units/selu-recipe',
    kind: 'choice',
    question: 'Self-normalisation with SELU is derived under conditions. Which set does the derivation assume?',
    choices: [
      'Any initialisation, batch normalisation after every layer, ordinary dropout',
      'Standardised inputs, LeCun-normal weights (variance 1/fan-in), plain fully connected layers; alpha dropout if dropout is used',
      'Convolutions with residual connections and He initialisation',
    ],
    answer: 1,
    hint: 'The fixed point is mean 0 and variance 1 for a weighted sum whose weights have a particular variance.',
    explanation:
      'Klambauer et al. derived the fixed point for dense layers with normalised weights; alpha dropout keeps mean and variance.',
    worked:
      'The second option. The fixed-point argument of Klambauer et al. (2017) takes inputs of mean 0 and variance 1 and weights with n·Var[w] = 1 (LeCun normal). Ordinary dropout sets units to 0, which is not SELU’s resting value; alpha dropout sets them to the negative saturation value and rescales, keeping mean and variance.',
  },
];
