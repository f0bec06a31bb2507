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
    question: {
      en: 'The pre-activation z of a ReLU unit is standard normal (mean 0, variance 1). What is the mean of ReLU(z)², the output’s second moment?',
      zh: '一个ReLU单元的预激活值z服从标准正态分布（均值0，方差1）。ReLU(z)²的均值，即输出的二阶矩，是多少？',
    },
    answer: moment,
    tolerance: { abs: 0.005 },
    hint: {
      en: 'Half the time z < 0 and the output is 0; the other half the output is z itself. What is E[z²] over all z?',
      zh: '一半情况下z < 0，输出为0；另一半情况下输出就是z本身。对所有z而言，E[z²]是多少？',
    },
    explanation: {
      en: 'ReLU halves the second moment of a symmetric input, which is exactly the factor of 2 in He initialisation.',
      zh: '对于对称的输入，ReLU把二阶矩减半，这正是He初始化中因子2的来源。',
    },
    worked: {
      en: `Negative z contribute 0; positive z contribute z², which by symmetry is half of E[z²] = 1. So E[ReLU(z)²] = ${formatNumber(moment, 4)}.`,
      zh: `负的z贡献0；正的z贡献z²，由对称性，这部分是E[z²] = 1的一半。所以E[ReLU(z)²] = ${formatNumber(moment, 4)}。`,
    },
  },
  {
    id: 'relu/kink',
    kind: 'numeric',
    question: {
      en: 'ReLU has no derivative at exactly 0, but autograd must return something. What does PyTorch (and this site’s module) use for ReLU′(0)?',
      zh: 'ReLU恰在0处没有导数，但自动微分（autograd）总得返回一个值。PyTorch（以及本站的模块）取ReLU′(0)为多少？',
    },
    answer: kink,
    tolerance: { abs: 1e-9 },
    hint: { en: 'It is one of the two one-sided slopes.', zh: '它是两个单侧斜率之一。' },
    explanation: {
      en: 'Any value in [0, 1] is a valid subgradient; the frameworks pick the slope of the flat side.',
      zh: '[0, 1]中的任何值都是合法的次梯度；各框架选的是平坦一侧的斜率。',
    },
    worked: {
      en: `ReLU′(0) = ${formatNumber(kink)}: the left-hand slope. It rarely matters, since an input of exactly 0 is rare.`,
      zh: `ReLU′(0) = ${formatNumber(kink)}：即左侧斜率。这很少有影响，因为输入恰好为0的情况很少见。`,
    },
  },
  {
    id: 'relu/what-changed',
    kind: 'choice',
    question: {
      en: 'ReLU alone did not make very deep networks trainable. Which set of changes came with it in the networks that went past a hundred layers?',
      zh: '仅靠ReLU并不能让很深的网络变得可训练。在超过一百层的网络中，与它一同出现的是哪一组变革？',
    },
    choices: [
      { en: 'Larger learning rates and squared-error losses', zh: '更大的学习率和平方误差损失' },
      {
        en: 'Initialisation scaled for rectifiers, normalisation layers and residual (skip) connections',
        zh: '为整流函数调整尺度的初始化、归一化层和残差（跳跃）连接',
      },
      { en: 'Replacing gradient descent with a genetic algorithm', zh: '用遗传算法取代梯度下降' },
    ],
    answer: 1,
    hint: {
      en: 'Think of what keeps the forward signal’s spread constant and what gives the gradient a path around the layers.',
      zh: '想一想：什么能让前向信号的离散程度保持不变，什么能给梯度一条绕过各层的路径。',
    },
    explanation: {
      en: 'He initialisation sets the scale, normalisation keeps it during training, residual paths carry the gradient past layers.',
      zh: 'He初始化设定尺度，归一化在训练中保持这一尺度，残差路径把梯度带过各层。',
    },
    worked: {
      en: 'The second option. He et al. (2015) derived an initialisation for rectifiers; batch normalisation (Ioffe & Szegedy, 2015) kept layer inputs standardised during training; residual networks (He et al., 2016) added identity paths that the gradient follows unchanged, and trained more than a hundred layers.',
      zh: '第二项。He等人（2015）推导出适用于整流函数的初始化；批归一化（Ioffe & Szegedy，2015）在训练中让各层输入保持标准化；残差网络（He等人，2016）加入了恒等路径，梯度沿这些路径原样传递，从而训练了一百多层。',
    },
  },
];
