/** Chapter 10: floating point, overflow, log-sum-exp, low precision. */
import { getActivation, logSoftmax } from '../../activations';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

const sigmoid = getActivation('sigmoid');

/** The first positive integer x at which the module's σ(x) is exactly 1 in float64. */
const roundsToOne = Array.from({ length: 100 }, (_, i) => i + 1).find((x) => sigmoid.f(x) === 1) ?? Number.NaN;
/** log(e^1000 + e^1000) = 1000 − logSoftmax([1000, 1000])₀, computed without ever forming e^1000. */
const lse = 1000 - logSoftmax([1000, 1000])[0]!;
const expLimit = Math.log(Number.MAX_VALUE);

export const exercises: readonly Exercise[] = [
  {
    id: 'numbers-on-a-machine/overflow',
    kind: 'numeric',
    question: 'Above which x (to two decimals) does eˣ overflow to infinity in float64 (double precision)?',
    answer: expLimit,
    tolerance: { abs: 0.01 },
    hint: 'The largest float64 is about 1.8 × 10³⁰⁸. Take its natural logarithm.',
    explanation:
      'Any formula that computes eˣ for a large logit first will overflow there, even if the final answer is modest.',
    worked: `ln(1.797… × 10³⁰⁸) ≈ ${formatNumber(expLimit, 5)}.`,
  },
  {
    id: 'numbers-on-a-machine/log-sum-exp',
    kind: 'numeric',
    question: 'What is log(e¹⁰⁰⁰ + e¹⁰⁰⁰)? (Computing e¹⁰⁰⁰ directly overflows; shift first.)',
    answer: lse,
    tolerance: { abs: 0.001 },
    hint: 'log Σ eᶻⁱ = m + log Σ e^(zᵢ − m) with m the largest zᵢ.',
    explanation:
      'The shift by the maximum makes every exponent ≤ 0, so nothing overflows and the result is exact to rounding.',
    worked: `With m = 1000: 1000 + log(e⁰ + e⁰) = 1000 + ln 2 ≈ ${formatNumber(lse, 7)}.`,
  },
  {
    id: 'numbers-on-a-machine/sigmoid-one',
    kind: 'numeric',
    question:
      'Computed the usual way, σ(x) = 1 / (1 + e^(−x)) in float64, from which positive whole number x on does σ(x) come out as exactly 1? (From there, a loss computed from the probability as −log(1 − σ(x)) is infinite.)',
    answer: roundsToOne,
    tolerance: { abs: 0.5 },
    hint: 'The sum 1 + e^(−x) rounds to exactly 1 once e^(−x) is less than half the gap between 1 and the next float64 number, 2⁻⁵² ≈ 2.2 × 10⁻¹⁶.',
    explanation:
      'Once σ rounds to 1, the probability has lost the information the loss needs; a loss that takes the logit keeps it.',
    worked: `1 + e^(−x) rounds to 1 when e^(−x) < 2⁻⁵³ ≈ 1.1 × 10⁻¹⁶, i.e. x > 53·ln 2 ≈ 36.7, so from x = ${formatNumber(roundsToOne)} on σ(x) is exactly 1. In float32, whose numbers above 1 are spaced 2⁻²³ apart, this happens from x = 17.`,
  },
  {
    id: 'numbers-on-a-machine/bfloat16',
    kind: 'choice',
    question: 'Why is bfloat16 popular for training, compared with float16?',
    choices: [
      'It has more mantissa bits, so it is more precise',
      'It has float32’s 8 exponent bits, so it covers the same range and rarely overflows or underflows; it is less precise',
      'It needs no hardware support',
    ],
    answer: 1,
    hint: 'Compare the bit layouts: float16 has 5 exponent and 10 mantissa bits, bfloat16 8 and 7.',
    explanation:
      'Range matters more than precision for gradients; float16 training needs loss scaling to avoid underflow.',
    worked:
      'The second option. bfloat16 keeps float32’s exponent (8 bits) and cuts the mantissa to 7 bits, so it covers the same range as float32 with about 2–3 significant decimal digits. float16 has 5 exponent bits (largest finite value 65504), which is why float16 mixed-precision training scales the loss to keep small gradients from underflowing.',
  },
];
