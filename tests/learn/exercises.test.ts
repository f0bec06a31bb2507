/**
 * Every exercise's answer key, checked against a value reached independently: a closed form, a hand
 * calculation or a search written here, never the exercise file's own computation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exerciseIn, exercisesByChapter, getExercise } from '../../src/lib/learn/exercises';
import { checkNumeric } from '../../src/lib/learn/check';
import { sliderValues } from '../../src/lib/learn/widget';

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const e = Math.E;

/** Independent expectations, one per exercise id: a number (numeric and widget) or the right option's text. */
const expected: Record<string, number | RegExp> = {
  'what-a-neuron-computes/one-neuron': 0.2,
  'what-a-neuron-computes/stacked-linear': 6,
  'what-a-neuron-computes/xor': /ReLU units/,
  'sigmoid-and-tanh/probability': logistic(2),
  'sigmoid-and-tanh/peak-slopes': 4,
  // σ′(x)/σ′(0) = 4e^(−x)/(1 + e^(−x))² crosses 0.01 between 5.9 (≈ 0.0109) and 6.0 (≈ 0.0099).
  'sigmoid-and-tanh/saturation': 6,
  // 0.25^d < 1e−6 ⇔ d > 6 ln 10 / ln 4 ≈ 9.97.
  'backpropagation-and-initialisation/sigmoid-depth': 10,
  'backpropagation-and-initialisation/he': 2 / 512,
  'backpropagation-and-initialisation/glorot': 2 / 400,
  'relu/second-moment': 0.5,
  'relu/kink': 0,
  'relu/what-changed': /residual/,
  'dead-units-and-leaky-relus/tenth': 0.1,
  'dead-units-and-leaky-relus/rrelu': 11 / 48,
  'dead-units-and-leaky-relus/revive': /layers below/,
  'exponential-units/elu': Math.exp(-2) - 1,
  // λ and α as printed by Klambauer et al. (2017), to four decimals.
  'exponential-units/selu-floor': -1.0507 * 1.6733,
  'exponential-units/celu-slope': Math.exp(-0.5),
  'exponential-units/selu-recipe': /LeCun-normal/,
  // At the minimum 1 + x(1 − σ(x)) = 0, so σ = 1 + 1/x and Swish = x + 1 with x ≈ −1.2784645 (Lambert W).
  'smooth-self-gated/swish-minimum': -0.2784645,
  // σ(−β) < 0.01 ⇔ β > ln 99 ≈ 4.595, so 4.6 on a grid of 0.1.
  'smooth-self-gated/beta': 4.6,
  'smooth-self-gated/hard-swish': 2 / 3,
  'gated-units-in-transformers/two-thirds': 4096, // 2·1536·6144 = 3·1536·h
  'gated-units-in-transformers/glu': 1,
  'gated-units-in-transformers/swiglu': 3 * logistic(1),
  'output-layers-and-losses/softmax': e ** 3 / (e ** 3 + e + 1),
  'output-layers-and-losses/gradient': logistic(2) - 1,
  'output-layers-and-losses/temperature': /flatter/,
  'output-layers-and-losses/attention-scale': 0.125,
  // ln(2^1024 · (1 − 2^−53)) ≈ 1024 ln 2.
  'numbers-on-a-machine/overflow': 1024 * Math.LN2,
  'numbers-on-a-machine/log-sum-exp': 1000 + Math.LN2,
  // 1 + e^(−x) rounds to 1 once e^(−x) < 2^(−53): x > 53 ln 2 ≈ 36.74.
  'numbers-on-a-machine/sigmoid-one': Math.ceil(53 * Math.LN2),
  'numbers-on-a-machine/bfloat16': /8 exponent bits/,
  'choosing-an-activation/multi-label': /sigmoid per object/,
  'choosing-an-activation/transformer': /SwiGLU/,
  'choosing-an-activation/he-gain': 2,
};

const all = Object.values(exercisesByChapter)
  .flat()
  .map((exercise) => exerciseIn(exercise, 'en'));

describe('answer keys', () => {
  it('every exercise has an independent expectation, and every expectation an exercise', () => {
    expect(all.map((x) => x.id).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const exercise of all) {
    const want = expected[exercise.id]!;
    it(`${exercise.id}: the key matches`, () => {
      if (exercise.kind === 'choice') {
        expect(want).toBeInstanceOf(RegExp);
        expect(exercise.choices[exercise.answer]).toMatch(want as RegExp);
        // Only the right option matches, so the key cannot point at a neighbour by mistake.
        expect(exercise.choices.filter((c) => (want as RegExp).test(c))).toHaveLength(1);
      } else {
        expect(typeof want).toBe('number');
        // The independent value must itself be accepted, and within a small fraction of the tolerance.
        const slack = Math.max(exercise.tolerance.abs ?? 0, (exercise.tolerance.rel ?? 0) * Math.abs(want as number));
        expect(Math.abs(exercise.answer - (want as number))).toBeLessThanOrEqual(
          Math.max(slack / 10, 1e-4 * Math.abs(want as number), 1e-12),
        );
        expect(checkNumeric(String(want), exercise.answer, exercise.tolerance)).toBe('right');
      }
    });
  }
});

describe('exercise data', () => {
  it('ids are unique and prefixed by their chapter', () => {
    for (const [chapter, list] of Object.entries(exercisesByChapter)) {
      for (const x of list) expect(x.id.startsWith(`${chapter}/`)).toBe(true);
    }
    expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
  });

  it('every chapter asks two to four questions', () => {
    for (const list of Object.values(exercisesByChapter)) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(4);
    }
  });

  it('a widget’s key is a position of its slider, and the start is not already the answer', () => {
    for (const x of all) {
      if (x.kind !== 'widget') continue;
      const values = sliderValues(x.control);
      expect(values.some((v) => Math.abs(v - x.answer) < 1e-9)).toBe(true);
      expect(values).toContain(x.control.start);
      expect(checkNumeric(String(x.control.start), x.answer, x.tolerance)).toBe('wrong');
    }
  });

  it('every exercise is asked exactly once, in its own chapter', () => {
    for (const [chapter, list] of Object.entries(exercisesByChapter)) {
      const mdx = readFileSync(`content/learn/${chapter}.mdx`, 'utf8');
      for (const x of list) expect(mdx.split(`<Exercise id="${x.id}"`).length - 1, x.id).toBe(1);
    }
  });

  it('an unknown id fails loudly, naming the valid ones', () => {
    expect(() => getExercise('relu/nope')).toThrow(/Valid ids: .*relu\/kink/);
  });
});
