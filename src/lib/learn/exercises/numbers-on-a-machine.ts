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
    question: {
      en: 'Above which x (to two decimals) does eˣ overflow to infinity in float64 (double precision)?',
      zh: '在float64（双精度）中，x大于多少（保留两位小数）时eˣ会上溢为无穷大？',
    },
    answer: expLimit,
    tolerance: { abs: 0.01 },
    hint: {
      en: 'The largest float64 is about 1.8 × 10³⁰⁸. Take its natural logarithm.',
      zh: 'float64的最大值约为1.8 × 10³⁰⁸。取它的自然对数。',
    },
    explanation: {
      en: 'Any formula that computes eˣ for a large logit first will overflow there, even if the final answer is modest.',
      zh: '任何公式，只要先对一个很大的logit计算eˣ，都会在这里上溢，即使最终答案并不大。',
    },
    worked: {
      en: `ln(1.797… × 10³⁰⁸) ≈ ${formatNumber(expLimit, 5)}.`,
      zh: `阈值为ln(1.797… × 10³⁰⁸) ≈ ${formatNumber(expLimit, 5)}。`,
    },
  },
  {
    id: 'numbers-on-a-machine/log-sum-exp',
    kind: 'numeric',
    question: {
      en: 'What is log(e¹⁰⁰⁰ + e¹⁰⁰⁰)? (Computing e¹⁰⁰⁰ directly overflows; shift first.)',
      zh: 'log(e¹⁰⁰⁰ + e¹⁰⁰⁰)等于多少？（直接计算e¹⁰⁰⁰会上溢；先做平移。）',
    },
    answer: lse,
    tolerance: { abs: 0.001 },
    hint: {
      en: 'log Σ eᶻⁱ = m + log Σ e^(zᵢ − m) with m the largest zᵢ.',
      zh: 'log Σ eᶻⁱ = m + log Σ e^(zᵢ − m)，其中m是最大的zᵢ。',
    },
    explanation: {
      en: 'The shift by the maximum makes every exponent ≤ 0, so nothing overflows and the result is exact to rounding.',
      zh: '减去最大值之后每个指数都≤ 0，因此不会上溢，结果只带舍入误差。',
    },
    worked: {
      en: `With m = 1000: 1000 + log(e⁰ + e⁰) = 1000 + ln 2 ≈ ${formatNumber(lse, 7)}.`,
      zh: `取m = 1000：1000 + log(e⁰ + e⁰) = 1000 + ln 2 ≈ ${formatNumber(lse, 7)}。`,
    },
  },
  {
    id: 'numbers-on-a-machine/sigmoid-one',
    kind: 'numeric',
    question: {
      en: 'Computed the usual way, σ(x) = 1 / (1 + e^(−x)) in float64, from which positive whole number x on does σ(x) come out as exactly 1? (From there, a loss computed from the probability as −log(1 − σ(x)) is infinite.)',
      zh: '在float64中按通常的方式计算σ(x) = 1 / (1 + e^(−x))，从哪个正整数x开始，σ(x)的结果恰好等于1？（从那里起，由概率计算的损失−log(1 − σ(x))为无穷大。）',
    },
    answer: roundsToOne,
    tolerance: { abs: 0.5 },
    hint: {
      en: 'The sum 1 + e^(−x) rounds to exactly 1 once e^(−x) is less than half the gap between 1 and the next float64 number, 2⁻⁵² ≈ 2.2 × 10⁻¹⁶.',
      zh: '一旦e^(−x)小于1与下一个float64数之间间隔2⁻⁵² ≈ 2.2 × 10⁻¹⁶的一半，和1 + e^(−x)就会被舍入为恰好1。',
    },
    explanation: {
      en: 'Once σ rounds to 1, the probability has lost the information the loss needs; a loss that takes the logit keeps it.',
      zh: 'σ一旦被舍入为1，概率就丢失了损失所需的信息；接收logit的损失函数则能保留这些信息。',
    },
    worked: {
      en: `1 + e^(−x) rounds to 1 when e^(−x) < 2⁻⁵³ ≈ 1.1 × 10⁻¹⁶, i.e. x > 53·ln 2 ≈ 36.7, so from x = ${formatNumber(roundsToOne)} on σ(x) is exactly 1. In float32, whose numbers above 1 are spaced 2⁻²³ apart, this happens from x = 17.`,
      zh: `当e^(−x) < 2⁻⁵³ ≈ 1.1 × 10⁻¹⁶，即x > 53·ln 2 ≈ 36.7时，1 + e^(−x)被舍入为1，所以从x = ${formatNumber(roundsToOne)}起σ(x)恰好为1。在float32中，大于1的数之间间隔为2⁻²³，这从x = 17起就会发生。`,
    },
  },
  {
    id: 'numbers-on-a-machine/bfloat16',
    kind: 'choice',
    question: {
      en: 'Why is bfloat16 popular for training, compared with float16?',
      zh: '与float16相比，bfloat16为什么在训练中很受欢迎？',
    },
    choices: [
      { en: 'It has more mantissa bits, so it is more precise', zh: '它的尾数位更多，因此更精确' },
      {
        en: 'It has float32’s 8 exponent bits, so it covers the same range and rarely overflows or underflows; it is less precise',
        zh: '它有与float32相同的8位指数，因此表示范围相同，很少上溢或下溢；但精度较低',
      },
      { en: 'It needs no hardware support', zh: '它不需要硬件支持' },
    ],
    answer: 1,
    hint: {
      en: 'Compare the bit layouts: float16 has 5 exponent and 10 mantissa bits, bfloat16 8 and 7.',
      zh: '比较两者的位布局：float16有5位指数、10位尾数，bfloat16则是8位和7位。',
    },
    explanation: {
      en: 'Range matters more than precision for gradients; float16 training needs loss scaling to avoid underflow.',
      zh: '对梯度而言，表示范围比精度更重要；float16训练需要损失缩放来避免下溢。',
    },
    worked: {
      en: 'The second option. bfloat16 keeps float32’s exponent (8 bits) and cuts the mantissa to 7 bits, so it covers the same range as float32 with about 2–3 significant decimal digits. float16 has 5 exponent bits (largest finite value 65504), which is why float16 mixed-precision training scales the loss to keep small gradients from underflowing.',
      zh: '第二项。bfloat16保留float32的指数（8位），把尾数削减到7位，因此表示范围与float32相同，约有2–3位十进制有效数字。float16只有5位指数（最大有限值65504），这就是float16混合精度训练要缩放损失、防止小梯度下溢的原因。',
    },
  },
];
