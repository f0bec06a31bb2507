/** Chapter 7: GELU, Swish/SiLU, Mish and their hard versions. */
import { getActivation } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const swish = getActivation('swish');
const hardSwish = getActivation('hard-swish');
const relu = getActivation('relu');

/**
 * Swish's minimum (β = 1) by golden-section search on [−3, 0]: Swish decreases then increases there
 * (its derivative changes sign once), so the bracket always keeps the minimum.
 */
function swishMinimum(): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  let lo = -3;
  let hi = 0;
  for (let i = 0; i < 100; i++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (swish.f(a) < swish.f(b)) hi = b;
    else lo = a;
  }
  return swish.f((lo + hi) / 2);
}
const minimum = swishMinimum();
const hardAt1 = hardSwish.f(1);

/** Slider positions β = 0, 0.1, …, 10; the first at which Swish(−1) is within 0.01 of ReLU(−1). */
const step = 0.1;
const betas = Array.from({ length: 101 }, (_, i) => Number((i * step).toFixed(1)));
const gap = (beta: number) => Math.abs(swish.f(-1, { beta }) - relu.f(-1));
const closeBeta = betas.find((beta) => gap(beta) < 0.01) ?? Number.NaN;

export const exercises: readonly Exercise[] = [
  {
    id: 'smooth-self-gated/swish-minimum',
    kind: 'numeric',
    question: {
      en: 'Swish (SiLU), x·σ(x), dips below zero for negative inputs. What is its smallest value, to three decimals?',
      zh: 'Swish（SiLU），即x·σ(x)，在输入为负时会下探到零以下。它的最小值是多少（保留三位小数）？',
    },
    answer: minimum,
    tolerance: { abs: 0.002 },
    hint: {
      en: 'Try a few inputs between −2 and −1 in the chart, or set the derivative σ(x)(1 + x(1 − σ(x))) to zero.',
      zh: '在图上试几个−2到−1之间的输入，或者令导数σ(x)(1 + x(1 − σ(x)))等于零。',
    },
    explanation: {
      en: 'The dip is shallow and bounded: Swish is not monotonic, unlike ReLU.',
      zh: '这个下探很浅且有界：与ReLU不同，Swish不是单调的。',
    },
    worked: {
      en: `The minimum is about ${formatNumber(minimum, 4)}, reached near x ≈ −1.28, where the derivative σ(x)(1 + x(1 − σ(x))) is zero.`,
      zh: `最小值约为${formatNumber(minimum, 4)}，在x ≈ −1.28附近取得，此处导数σ(x)(1 + x(1 − σ(x)))为零。`,
    },
  },
  {
    id: 'smooth-self-gated/beta',
    kind: 'widget',
    question: {
      en: 'Swish with a parameter β is x·σ(βx). Increase β until Swish(−1) is within 0.01 of ReLU(−1) = 0: the smallest such β on the slider.',
      zh: '带参数β的Swish是x·σ(βx)。增大β，直到Swish(−1)与ReLU(−1) = 0的差距在0.01以内：求滑块上满足条件的最小β。',
    },
    answer: closeBeta,
    tolerance: { abs: step / 2 },
    control: { label: { en: 'β', zh: '参数β' }, min: 0, max: 10, step, start: 1 },
    readouts: (beta) => [
      { label: { en: 'Swish(−1)', zh: 'Swish(−1)的值' }, value: swish.f(-1, { beta }) },
      { label: { en: 'Swish(1)', zh: 'Swish(1)的值' }, value: swish.f(1, { beta }) },
    ],
    curve: {
      xmin: -3,
      xmax: 3,
      ymin: -1,
      ymax: 3,
      f: (beta) => (x) => swish.f(x, { beta }),
      caption: { en: 'Swish on [−3, 3] at the slider’s β.', zh: '滑块所取β下Swish在[−3, 3]上的曲线。' },
    },
    hint: {
      en: 'Swish(−1) = −σ(−β); it shrinks towards 0 as β grows. Watch the first read-out.',
      zh: 'Swish(−1) = −σ(−β)；随着β增大，它向0收缩。留意第一个读数。',
    },
    explanation: {
      en: 'As β grows the sigmoid gate becomes a step, and Swish turns into ReLU; at β = 0 it is the line x/2.',
      zh: '随着β增大，Sigmoid门控变成阶跃，Swish变成ReLU；β = 0时它是直线x/2。',
    },
    worked: {
      en: `Swish(−1) = −σ(−β), whose size falls below 0.01 once σ(−β) < 0.01, i.e. β > ln 99 ≈ 4.595; on the slider’s grid that is β = ${formatNumber(closeBeta)}.`,
      zh: `Swish(−1) = −σ(−β)，当σ(−β) < 0.01，即β > ln 99 ≈ 4.595时，其绝对值小于0.01；在滑块的网格上就是β = ${formatNumber(closeBeta)}。`,
    },
  },
  {
    id: 'smooth-self-gated/hard-swish',
    kind: 'numeric',
    question: {
      en: 'Hard swish replaces the sigmoid by the piecewise-linear ReLU6(x + 3)/6. What is hard-swish(1)?',
      zh: 'Hard swish把Sigmoid换成分段线性的ReLU6(x + 3)/6。hard-swish(1)等于多少？',
    },
    answer: hardAt1,
    tolerance: { abs: 0.001 },
    hint: { en: 'ReLU6(1 + 3) = 4, which is inside the cap of 6.', zh: 'ReLU6(1 + 3) = 4，仍在上限6之内。' },
    explanation: {
      en: 'Between −3 and 3 hard swish is the quadratic x(x + 3)/6: no exponential, cheap on phones.',
      zh: '在−3与3之间，hard swish是二次函数x(x + 3)/6：没有指数运算，在手机上很便宜。',
    },
    worked: {
      en: `hard-swish(1) = 1 · ReLU6(4) / 6 = 4/6 ≈ ${formatNumber(hardAt1, 4)} (Swish itself gives σ(1) ≈ ${formatNumber(swish.f(1), 4)}).`,
      zh: `hard-swish(1) = 1 · ReLU6(4) / 6 = 4/6 ≈ ${formatNumber(hardAt1, 4)}（Swish本身给出σ(1) ≈ ${formatNumber(swish.f(1), 4)}）。`,
    },
  },
];
