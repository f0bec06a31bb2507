import type { Arith } from './arith';
import type { Format, FormatName } from './formats';
import type { CaseId } from './names';
import { references, tanhSeries } from './reference';

/**
 * The lab's cases: each a textbook formula, a numerically stable one, both written with emulated-format
 * ops (so every operation rounds), and a reference (reference.ts) to measure them against.
 */
export { caseIds, type CaseId } from './names';

export interface PrecisionCase {
  readonly id: CaseId;
  readonly name: string;
  /** The two formulas in plain text (the page may typeset its own). */
  readonly naiveText: string;
  readonly stableText: string;
  /** Evaluate at x, a value of A.format. */
  naive(x: number, A: Arith): number;
  stable(x: number, A: Arith): number;
  /** The true value at x (the exact input), in double. */
  reference(x: number, format: Format): number;
  /** The default x range for a format: wide enough to show where the naive form breaks in that format. */
  range(format: Format): readonly [number, number];
}

/** ±range per format for cases that break where e^x overflows: a bit beyond ln(max finite) and ln(min subnormal). */
const expRange: { readonly [F in FormatName]: number } = { float64: 800, float32: 120, bfloat16: 120, float16: 20 };
const symmetric = (r: number) => [-r, r] as const;

/** softplus(x) = max(x, 0) + log1p(e^−|x|) in the format's ops. */
const softplusStable = (x: number, A: Arith): number => A.add(A.max(x, 0), A.log1p(A.exp(A.neg(A.abs(x)))));

/** Horner sum of x³·Σ_{n=1}^{N} −t_n·x^(2n−2), N just enough for the format (the terms shrink ≈ 0.41×). */
function tanhshrinkSeries(x: number, A: Arith): number {
  const terms = Math.ceil(A.format.precision * 0.77) + 2;
  const s = A.mul(x, x);
  let h = 0;
  for (let n = terms; n >= 1; n--) h = A.add(A.mul(h, s), A.c(-tanhSeries[n]!));
  return A.mul(A.mul(x, s), h);
}

const cases: readonly PrecisionCase[] = [
  {
    id: 'softplus',
    name: 'Softplus',
    naiveText: 'log(1 + exp(x))',
    stableText: 'max(x, 0) + log1p(exp(−|x|))',
    naive: (x, A) => A.log(A.add(1, A.exp(x))),
    stable: softplusStable,
    reference: references.softplus,
    range: (f) => symmetric(expRange[f.name]),
  },
  {
    id: 'sigmoid',
    name: 'Sigmoid',
    naiveText: '1 / (1 + exp(−x))',
    stableText: 'x ≥ 0: 1 / (1 + exp(−x));  x < 0: e / (1 + e) with e = exp(x)',
    naive: (x, A) => A.div(1, A.add(1, A.exp(A.neg(x)))),
    stable: (x, A) => {
      if (x >= 0) return A.div(1, A.add(1, A.exp(A.neg(x))));
      const e = A.exp(x);
      return A.div(e, A.add(1, e));
    },
    reference: references.sigmoid,
    range: (f) => symmetric(expRange[f.name]),
  },
  {
    id: 'gelu',
    name: 'GELU',
    naiveText: '0.5·x·(1 + erf(x/√2))',
    stableText: '0.5·x·erfc(−x/√2)',
    naive: (x, A) => A.mul(A.mul(0.5, x), A.add(1, A.erf(A.mul(x, A.c(Math.SQRT1_2))))),
    stable: (x, A) => A.mul(A.mul(0.5, x), A.erfc(A.neg(A.mul(x, A.c(Math.SQRT1_2))))),
    reference: references.gelu,
    // The stable form inherits ≈ x² ulps from rounding t = −x/√2 (erfc's condition number is 2t²); bfloat16
    // stops at ±5, where that stays under 16 ulps, so the default chart shows the naive form's failure only.
    range: (f) => symmetric({ float64: 40, float32: 16, bfloat16: 5, float16: 8 }[f.name]),
  },
  {
    id: 'tanhshrink',
    name: 'Tanhshrink',
    naiveText: 'x − tanh(x)',
    stableText: '|x| < 1: x³/3 − 2x⁵/15 + 17x⁷/315 − …;  else sign(x)·((|x| − 1) + 2/(exp(2|x|) + 1))',
    naive: (x, A) => A.sub(x, A.tanh(x)),
    stable: (x, A) => {
      const a = A.abs(x);
      if (a < 1) return tanhshrinkSeries(x, A);
      const tail = A.div(2, A.add(A.exp(A.mul(2, a)), 1));
      return Math.sign(x) * A.add(A.sub(a, 1), tail);
    },
    reference: references.tanhshrink,
    range: () => symmetric(4),
  },
  {
    id: 'log-sigmoid',
    name: 'Log-sigmoid',
    naiveText: 'log(1 / (1 + exp(−x)))',
    stableText: '−softplus(−x) = −(max(−x, 0) + log1p(exp(−|x|)))',
    naive: (x, A) => A.log(A.div(1, A.add(1, A.exp(A.neg(x))))),
    stable: (x, A) => A.neg(softplusStable(A.neg(x), A)),
    reference: references['log-sigmoid'],
    range: (f) => symmetric(expRange[f.name]),
  },
  {
    id: 'softmax',
    name: 'Softmax of [x, x − 1, x − 2], largest probability',
    naiveText: 'exp(x₀) / Σ exp(xⱼ)',
    stableText: 'exp(x₀ − m) / Σ exp(xⱼ − m), m = max xⱼ',
    naive: (x, A) => softmaxFirst([x, A.sub(x, 1), A.sub(x, 2)], 0, A),
    stable: (x, A) => softmaxFirst([x, A.sub(x, 1), A.sub(x, 2)], x, A),
    reference: references.softmax,
    range: (f) => symmetric(expRange[f.name]),
  },
];

/**
 * p₀ of softmax(logits) after shifting every logit by `shift`. The family [x, x − 1, x − 2] teaches that
 * softmax is shift-invariant: the true answer is the same p₀ ≈ 0.665 for every x, yet the naive form
 * (shift 0) turns into Inf/Inf = NaN once e^x overflows and into 0/0 = NaN once e^x underflows; the
 * stable form (shift by the max, here x) is constant.
 */
function softmaxFirst(logits: readonly number[], shift: number, A: Arith): number {
  const e = logits.map((l) => A.exp(A.sub(l, shift)));
  return A.div(
    e[0]!,
    e.reduce((s, v) => A.add(s, v), 0),
  );
}

/** Every case, in the lab's order. */
export const precisionCases = cases;
/** The case with this id. */
export const getCase = (id: CaseId): PrecisionCase => cases.find((c) => c.id === id)!;
