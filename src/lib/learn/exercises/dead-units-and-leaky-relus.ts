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
    question: {
      en: 'Set Leaky ReLU’s α so that its slope left of zero is a tenth of its slope right of zero.',
      zh: '设置Leaky ReLU的α，使它在零左侧的斜率是零右侧斜率的十分之一。',
    },
    answer: tenth,
    tolerance: { abs: step / 2 },
    control: { label: { en: 'α (negative slope)', zh: 'α（负侧斜率）' }, min: 0, max: 0.5, step, start: 0.01 },
    readouts: (alpha) => [
      { label: { en: 'slope at x = −1', zh: 'x = −1处的斜率' }, value: leaky.df(-1, { alpha }) },
      { label: { en: 'slope at x = 1', zh: 'x = 1处的斜率' }, value: leaky.df(1, { alpha }) },
      { label: { en: 'ratio left / right', zh: '左侧 / 右侧斜率之比' }, value: ratio(alpha) },
    ],
    curve: {
      xmin: -3,
      xmax: 3,
      ymin: -1.5,
      ymax: 3,
      f: (alpha) => (x) => leaky.f(x, { alpha }),
      caption: { en: 'Leaky ReLU on [−3, 3] at the slider’s α.', zh: '滑块所设α下，[−3, 3]上的Leaky ReLU。' },
    },
    hint: {
      en: 'The right-hand slope is always 1; watch the ratio read-out.',
      zh: '右侧斜率始终为1；看比值那个读数。',
    },
    explanation: {
      en: 'α is the left-hand slope itself, because the right-hand slope is 1.',
      zh: '因为右侧斜率为1，α本身就是左侧斜率。',
    },
    worked: {
      en: `Right of zero the slope is ${formatNumber(leaky.df(1, { alpha: tenth }))}, left of it α, so the ratio is α itself: α = ${formatNumber(tenth)}. PyTorch’s default, 0.01, lets a hundredth through.`,
      zh: `零右侧的斜率为${formatNumber(leaky.df(1, { alpha: tenth }))}，左侧为α，所以比值就是α本身：α = ${formatNumber(tenth)}。PyTorch的默认值0.01只让百分之一通过。`,
    },
  },
  {
    id: 'dead-units-and-leaky-relus/rrelu',
    kind: 'numeric',
    question: {
      en: 'RReLU draws its negative slope uniformly from [1/8, 1/3] for every training example. What fixed slope does it use at inference (evaluation)?',
      zh: 'RReLU为每个训练样本从[1/8, 1/3]中均匀抽取负侧斜率。推理（评估）时它使用的固定斜率是多少？',
    },
    answer: inferenceSlope,
    tolerance: { abs: 0.001 },
    hint: { en: 'At inference it uses the expected value of the random slope.', zh: '推理时它使用随机斜率的期望值。' },
    explanation: {
      en: 'The mean of a uniform distribution is the midpoint of its interval.',
      zh: '均匀分布的均值就是其区间的中点。',
    },
    worked: {
      en: `(1/8 + 1/3) / 2 = 11/48 ≈ ${formatNumber(inferenceSlope, 4)}.`,
      zh: `取区间中点：(1/8 + 1/3) / 2 = 11/48 ≈ ${formatNumber(inferenceSlope, 4)}。`,
    },
  },
  {
    id: 'dead-units-and-leaky-relus/revive',
    kind: 'choice',
    question: {
      en: 'A ReLU unit outputs 0 for every training example: its pre-activation is negative on all of them. Which statement is true?',
      zh: '一个ReLU单元对每个训练样本都输出0：它在所有样本上的预激活值都为负。下列哪种说法正确？',
    },
    choices: [
      {
        en: 'It is gone for good: nothing can ever change its output again',
        zh: '它永久消失了：再也没有什么能改变它的输出',
      },
      {
        en: 'Its own weights get no gradient, but it can come back if the layers below change its inputs',
        zh: '它自己的权重收不到梯度，但如果下面的层改变了它的输入，它就能恢复',
      },
      {
        en: 'A larger learning rate will pull its weights back through their own gradient',
        zh: '更大的学习率会通过这些权重自身的梯度把它们拉回来',
      },
    ],
    answer: 1,
    hint: {
      en: 'Which gradients are exactly zero: the ones into this unit’s weights, or every gradient in the network?',
      zh: '哪些梯度恰好为零：是流向这个单元权重的梯度，还是网络中的所有梯度？',
    },
    explanation: {
      en: 'Its incoming weights freeze, but earlier layers keep learning and can move its pre-activation above zero.',
      zh: '它的输入权重冻结了，但前面的层仍在学习，可以把它的预激活值推到零以上。',
    },
    worked: {
      en: 'The second option. With ReLU′ = 0 on every example, the gradient of the loss with respect to the unit’s incoming weights and bias is exactly 0, so they stop changing. The layers below still receive gradient through other units; as they change, the unit’s inputs change, and its pre-activation can turn positive for some examples again.',
      zh: '第二项。由于每个样本上都有ReLU′ = 0，损失对该单元输入权重和偏置的梯度恰好为0，所以它们不再变化。下面的层仍通过其他单元收到梯度；它们一变，该单元的输入也随之改变，其预激活值就可能对某些样本重新变为正。',
    },
  },
];
