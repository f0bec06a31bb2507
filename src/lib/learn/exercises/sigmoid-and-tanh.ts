/** Chapter 2: sigmoid and tanh. */
import { getActivation } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const sigmoid = getActivation('sigmoid');
const tanh = getActivation('tanh');

const peak = sigmoid.df(0);
const p2 = sigmoid.f(2);
const tanhPeak = tanh.df(0);

/** Slider positions 0, 0.1, …, 10; the first at which σ′ falls below 1% of its peak. */
const step = 0.1;
const positions = Array.from({ length: 101 }, (_, i) => Number((i * step).toFixed(1)));
const onePercent = positions.find((x) => sigmoid.df(x) < 0.01 * peak) ?? Number.NaN;

export const exercises: readonly Exercise[] = [
  {
    id: 'sigmoid-and-tanh/probability',
    kind: 'numeric',
    question: {
      en: 'A classifier outputs the logit z = 2 for "spam". Through a sigmoid, what probability of spam is that?',
      zh: '一个分类器对“垃圾邮件”输出logit z = 2。经过Sigmoid后，垃圾邮件的概率是多少？',
    },
    answer: p2,
    tolerance: { abs: 0.005 },
    hint: { en: 'σ(z) = 1 / (1 + e^(−z)); e^(−2) is about 0.135.', zh: 'σ(z) = 1 / (1 + e^(−z))；e^(−2)约为0.135。' },
    explanation: {
      en: 'A logit of 2 is odds of e² ≈ 7.4 to 1 in favour, which is close to 9 in 10.',
      zh: 'logit为2相当于有利几率e² ≈ 7.4比1，接近十分之九。',
    },
    worked: {
      en: `σ(2) = 1 / (1 + e^(−2)) ≈ ${formatNumber(p2, 4)}.`,
      zh: `代入得σ(2) = 1 / (1 + e^(−2)) ≈ ${formatNumber(p2, 4)}。`,
    },
  },
  {
    id: 'sigmoid-and-tanh/peak-slopes',
    kind: 'numeric',
    question: {
      en: 'How many times steeper is tanh than the sigmoid at 0, where both are steepest? (tanh′(0) divided by σ′(0))',
      zh: '在0处两者都最陡。此处tanh比Sigmoid陡多少倍？（tanh′(0)除以σ′(0)）',
    },
    answer: tanhPeak / peak,
    tolerance: { abs: 1e-6 },
    hint: {
      en: 'σ′(x) = σ(x)(1 − σ(x)) and tanh′(x) = 1 − tanh²(x). Evaluate both at 0.',
      zh: 'σ′(x) = σ(x)(1 − σ(x))，tanh′(x) = 1 − tanh²(x)。分别在0处求值。',
    },
    explanation: {
      en: 'tanh(x) = 2σ(2x) − 1: stretching by 2 in both directions multiplies the slope by 4.',
      zh: 'tanh(x) = 2σ(2x) − 1：横纵两个方向各拉伸2倍，斜率就乘以4。',
    },
    worked: {
      en: `σ′(0) = ½·½ = ${formatNumber(peak)} and tanh′(0) = 1 − 0 = ${formatNumber(tanhPeak)}, a ratio of ${formatNumber(tanhPeak / peak)}.`,
      zh: `σ′(0) = ½·½ = ${formatNumber(peak)}，tanh′(0) = 1 − 0 = ${formatNumber(tanhPeak)}，比值为${formatNumber(tanhPeak / peak)}。`,
    },
  },
  {
    id: 'sigmoid-and-tanh/saturation',
    kind: 'widget',
    question: {
      en: 'Move the slider to the smallest input x at which the sigmoid’s slope σ′(x) has fallen below 1% of its peak value σ′(0).',
      zh: '移动滑块，找到使Sigmoid的斜率σ′(x)降到其峰值σ′(0)的1%以下的最小输入x。',
    },
    answer: onePercent,
    tolerance: { abs: step / 2 },
    control: { label: { en: 'Input x', zh: '输入x' }, min: 0, max: 10, step, start: 0 },
    readouts: (x) => [
      { label: { en: 'σ(x)', zh: 'σ(x)' }, value: sigmoid.f(x) },
      { label: { en: 'σ′(x)', zh: 'σ′(x)' }, value: sigmoid.df(x) },
      { label: { en: 'σ′(x) / σ′(0)', zh: 'σ′(x) / σ′(0)' }, value: sigmoid.df(x) / peak },
    ],
    curve: {
      xmin: -8,
      xmax: 8,
      ymin: -0.1,
      ymax: 1.1,
      f: (x0) => (x) => (x <= x0 ? sigmoid.f(x) : Number.NaN),
      caption: {
        en: 'The sigmoid on [−8, 8], drawn up to the slider’s x.',
        zh: '[−8, 8]上的Sigmoid，画到滑块所在的x为止。',
      },
    },
    hint: {
      en: 'Watch the last read-out: you want the first position where it is below 0.01.',
      zh: '看最后一个读数：要找的是它首次低于0.01的位置。',
    },
    explanation: {
      en: 'Already a few units from zero the sigmoid is nearly flat: a saturated unit passes almost no gradient.',
      zh: '离零只有几个单位，Sigmoid就已几乎是平的：饱和的单元几乎传不过梯度。',
    },
    worked: {
      en: `σ′(x)/σ′(0) first drops below 0.01 at x = ${formatNumber(onePercent)} on the slider’s grid of ${step}. A unit whose input sits beyond that learns a hundred times more slowly than one near 0.`,
      zh: `在步长为${step}的滑块网格上，σ′(x)/σ′(0)在x = ${formatNumber(onePercent)}处首次低于0.01。输入落在此处之外的单元，学习速度比输入在0附近的单元慢一百倍。`,
    },
  },
];
