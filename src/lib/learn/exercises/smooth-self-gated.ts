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
    question:
      'Swish (SiLU), x·σ(x), dips below zero for negative inputs. What is its smallest value, to three decimals?',
    answer: minimum,
    tolerance: { abs: 0.002 },
    hint: 'Try a few inputs between −2 and −1 in the chart, or set the derivative σ(x)(1 + x(1 − σ(x))) to zero.',
    explanation: 'The dip is shallow and bounded: Swish is not monotonic, unlike ReLU.',
    worked: `The minimum is about ${formatNumber(minimum, 4)}, reached near x ≈ −1.28, where the derivative σ(x)(1 + x(1 − σ(x))) is zero.`,
  },
  {
    id: 'smooth-self-gated/beta',
    kind: 'widget',
    question:
      'Swish with a parameter β is x·σ(βx). Increase β until Swish(−1) is within 0.01 of ReLU(−1) = 0: the smallest such β on the slider.',
    answer: closeBeta,
    tolerance: { abs: step / 2 },
    control: { label: 'β', min: 0, max: 10, step, start: 1 },
    readouts: (beta) => [
      { label: 'Swish(−1)', value: swish.f(-1, { beta }) },
      { label: 'Swish(1)', value: swish.f(1, { beta }) },
    ],
    curve: {
      xmin: -3,
      xmax: 3,
      ymin: -1,
      ymax: 3,
      f: (beta) => (x) => swish.f(x, { beta }),
      caption: 'Swish on [−3, 3] at the slider’s β.',
    },
    hint: 'Swish(−1) = −σ(−β); it shrinks towards 0 as β grows. Watch the first read-out.',
    explanation: 'As β grows the sigmoid gate becomes a step, and Swish turns into ReLU; at β = 0 it is the line x/2.',
    worked: `Swish(−1) = −σ(−β), whose size falls below 0.01 once σ(−β) < 0.01, i.e. β > ln 99 ≈ 4.595; on the slider’s grid that is β = ${formatNumber(closeBeta)}.`,
  },
  {
    id: 'smooth-self-gated/hard-swish',
    kind: 'numeric',
    question: 'Hard swish replaces the sigmoid by the piecewise-linear ReLU6(x + 3)/6. What is hard-swish(1)?',
    answer: hardAt1,
    tolerance: { abs: 0.001 },
    hint: 'ReLU6(1 + 3) = 4, which is inside the cap of 6.',
    explanation: 'Between −3 and 3 hard swish is the quadratic x(x + 3)/6: no exponential, cheap on phones.',
    worked: `hard-swish(1) = 1 · ReLU6(4) / 6 = 4/6 ≈ ${formatNumber(hardAt1, 4)} (Swish itself gives σ(1) ≈ ${formatNumber(swish.f(1), 4)}).`,
  },
];
