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
    question: 'A classifier outputs the logit z = 2 for "spam". Through a sigmoid, what probability of spam is that?',
    answer: p2,
    tolerance: { abs: 0.005 },
    hint: 'σ(z) = 1 / (1 + e^(−z)); e^(−2) is about 0.135.',
    explanation: 'A logit of 2 is odds of e² ≈ 7.4 to 1 in favour, which is close to 9 in 10.',
    worked: `σ(2) = 1 / (1 + e^(−2)) ≈ ${formatNumber(p2, 4)}.`,
  },
  {
    id: 'sigmoid-and-tanh/peak-slopes',
    kind: 'numeric',
    question:
      'How many times steeper is tanh than the sigmoid at 0, where both are steepest? (tanh′(0) divided by σ′(0))',
    answer: tanhPeak / peak,
    tolerance: { abs: 1e-6 },
    hint: 'σ′(x) = σ(x)(1 − σ(x)) and tanh′(x) = 1 − tanh²(x). Evaluate both at 0.',
    explanation: 'tanh(x) = 2σ(2x) − 1: stretching by 2 in both directions multiplies the slope by 4.',
    worked: `σ′(0) = ½·½ = ${formatNumber(peak)} and tanh′(0) = 1 − 0 = ${formatNumber(tanhPeak)}, a ratio of ${formatNumber(tanhPeak / peak)}.`,
  },
  {
    id: 'sigmoid-and-tanh/saturation',
    kind: 'widget',
    question:
      'Move the slider to the smallest input x at which the sigmoid’s slope σ′(x) has fallen below 1% of its peak value σ′(0).',
    answer: onePercent,
    tolerance: { abs: step / 2 },
    control: { label: 'Input x', min: 0, max: 10, step, start: 0 },
    readouts: (x) => [
      { label: 'σ(x)', value: sigmoid.f(x) },
      { label: 'σ′(x)', value: sigmoid.df(x) },
      { label: 'σ′(x) / σ′(0)', value: sigmoid.df(x) / peak },
    ],
    curve: {
      xmin: -8,
      xmax: 8,
      ymin: -0.1,
      ymax: 1.1,
      f: (x0) => (x) => (x <= x0 ? sigmoid.f(x) : Number.NaN),
      caption: 'The sigmoid on [−8, 8], drawn up to the slider’s x.',
    },
    hint: 'Watch the last read-out: you want the first position where it is below 0.01.',
    explanation:
      'Already a few units from zero the sigmoid is nearly flat: a saturated unit passes almost no gradient.',
    worked: `σ′(x)/σ′(0) first drops below 0.01 at x = ${formatNumber(onePercent)} on the slider’s grid of ${step}. A unit whose input sits beyond that learns a hundred times more slowly than one near 0.`,
  },
];
