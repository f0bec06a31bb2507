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
    question: { en: 'ELU with α = 1: what is ELU(−2)?', zh: 'α = 1的ELU：ELU(−2)等于多少？' },
    answer: eluAt,
    tolerance: { abs: 0.002 },
    hint: {
      en: 'For x < 0, ELU(x) = α(eˣ − 1). e⁻² is about 0.135.',
      zh: 'x < 0时，ELU(x) = α(eˣ − 1)。e⁻²约为0.135。',
    },
    explanation: {
      en: 'The negative side bends towards −α, so moderate negative inputs still give a signal and a gradient.',
      zh: '负半轴向−α弯曲，因此不太大的负输入仍能产生信号和梯度。',
    },
    worked: {
      en: `ELU(−2) = e⁻² − 1 ≈ ${formatNumber(eluAt, 4)}.`,
      zh: `代入定义得ELU(−2) = e⁻² − 1 ≈ ${formatNumber(eluAt, 4)}。`,
    },
  },
  {
    id: 'exponential-units/selu-floor',
    kind: 'numeric',
    question: {
      en: 'What value does SELU approach for very negative inputs (its lower bound)?',
      zh: '输入非常负时，SELU趋近于哪个值（即它的下界）？',
    },
    answer: seluFloor,
    tolerance: { abs: 0.001 },
    hint: {
      en: 'SELU(x) = λα(eˣ − 1) for x < 0, with λ ≈ 1.0507 and α ≈ 1.6733. Let eˣ go to 0.',
      zh: 'x < 0时SELU(x) = λα(eˣ − 1)，其中λ ≈ 1.0507，α ≈ 1.6733。令eˣ趋于0。',
    },
    explanation: {
      en: 'The floor −λα is what lets SELU push a layer’s mean back towards 0.',
      zh: '正是下限−λα让SELU能把一层的均值推回0附近。',
    },
    worked: {
      en: `As x → −∞, eˣ → 0 and SELU(x) → −λα ≈ ${formatNumber(seluFloor, 5)}.`,
      zh: `当x → −∞时，eˣ → 0，SELU(x) → −λα ≈ ${formatNumber(seluFloor, 5)}。`,
    },
  },
  {
    id: 'exponential-units/celu-slope',
    kind: 'numeric',
    question: { en: 'CELU with α = 2: what is its slope at x = −1?', zh: 'α = 2的CELU：它在x = −1处的斜率是多少？' },
    answer: celuSlope,
    tolerance: { abs: 0.002 },
    hint: {
      en: 'CELU(x) = α(e^(x/α) − 1) for x < 0; differentiate: the α cancels.',
      zh: 'x < 0时CELU(x) = α(e^(x/α) − 1)；求导后α会约掉。',
    },
    explanation: {
      en: 'CELU’s slope is e^(x/α) on the negative side, so it is 1 at 0 from both sides for every α: C¹ at any α.',
      zh: 'CELU在负半轴的斜率是e^(x/α)，因此对任意α，它在0处左右两侧的斜率都是1：无论α取何值都是C¹的。',
    },
    worked: {
      en: `CELU′(x) = e^(x/α) for x < 0, so CELU′(−1) = e^(−1/2) ≈ ${formatNumber(celuSlope, 4)}.`,
      zh: `x < 0时CELU′(x) = e^(x/α)，所以CELU′(−1) = e^(−1/2) ≈ ${formatNumber(celuSlope, 4)}。`,
    },
  },
  {
    id: 'exponential-units/selu-recipe',
    kind: 'choice',
    question: {
      en: 'Self-normalisation with SELU is derived under conditions. Which set does the derivation assume?',
      zh: 'SELU的自归一化是在一定条件下推导出来的。推导假设的是哪一组条件？',
    },
    choices: [
      {
        en: 'Any initialisation, batch normalisation after every layer, ordinary dropout',
        zh: '任意初始化，每层之后接批归一化，使用普通dropout',
      },
      {
        en: 'Standardised inputs, LeCun-normal weights (variance 1/fan-in), plain fully connected layers; alpha dropout if dropout is used',
        zh: '标准化的输入，LeCun正态权重（方差为1/扇入），普通的全连接层；若使用dropout则用alpha dropout',
      },
      {
        en: 'Convolutions with residual connections and He initialisation',
        zh: '带残差连接的卷积层，配合He初始化',
      },
    ],
    answer: 1,
    hint: {
      en: 'The fixed point is mean 0 and variance 1 for a weighted sum whose weights have a particular variance.',
      zh: '不动点是均值0、方差1，针对的是权重具有特定方差的加权和。',
    },
    explanation: {
      en: 'Klambauer et al. derived the fixed point for dense layers with normalised weights; alpha dropout keeps mean and variance.',
      zh: 'Klambauer等人是针对权重经过归一化的全连接层推导出不动点的；alpha dropout能保持均值和方差。',
    },
    worked: {
      en: 'The second option. The fixed-point argument of Klambauer et al. (2017) takes inputs of mean 0 and variance 1 and weights with n·Var[w] = 1 (LeCun normal). Ordinary dropout sets units to 0, which is not SELU’s resting value; alpha dropout sets them to the negative saturation value and rescales, keeping mean and variance.',
      zh: '第二项。Klambauer等人（2017）的不动点论证假设输入均值为0、方差为1，权重满足n·Var[w] = 1（LeCun正态）。普通dropout把单元置为0，而0并不是SELU的静息值；alpha dropout把它们置为负饱和值并重新缩放，从而保持均值和方差。',
    },
  },
];
