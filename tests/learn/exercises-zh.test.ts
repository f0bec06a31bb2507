/**
 * The Chinese edition of the exercises: every reader-facing text of a translated chapter is given in both
 * languages, reads in Chinese under `zh` and has no Chinese under `en`. A text left as a plain string, a `zh` that
 * still holds the English, or a `zh` pasted into the `en` slot each fails. Pure notation such as `σ′(x)` or
 * `Swish(1)` is the same in both editions and is exempt from the Chinese check only when the two are identical.
 */
import { describe, expect, it } from 'vitest';
import { exercisesByChapter } from '../../src/lib/learn/exercises';
import type { Exercise, Text } from '../../src/lib/learn/exercises';
import { sliderValues } from '../../src/lib/learn/widget';

/** Chapters whose exercises are translated (each translator adds theirs; keep the list in path order). */
const translated = [
  'what-a-neuron-computes',
  'sigmoid-and-tanh',
  'backpropagation-and-initialisation',
  'relu',
  'dead-units-and-leaky-relus',
];

/** CJK Unified Ideographs: present in any Chinese sentence, absent from the English ones. */
const cjk = /[\u4e00-\u9fff]/;

/** Notation, not prose: once function applications like `Swish(` are removed, no two Latin letters in a row. */
const isNotation = (text: string) => !/[A-Za-z]{2,}/.test(text.replace(/[A-Za-z]+\(/g, '('));

/** Every text a reader can see, labelled by field; a widget's read-outs at every slider position. */
function texts(exercise: Exercise): [string, Text][] {
  const out: [string, Text][] = [
    ['question', exercise.question],
    ['hint', exercise.hint],
    ['explanation', exercise.explanation],
    ['worked', exercise.worked],
  ];
  if (exercise.kind === 'choice') exercise.choices.forEach((c, i) => out.push([`choices[${i}]`, c]));
  if (exercise.kind === 'widget') {
    out.push(['control.label', exercise.control.label]);
    for (const v of sliderValues(exercise.control))
      exercise.readouts(v).forEach((r, i) => out.push([`readouts(${v})[${i}].label`, r.label]));
    if (exercise.curve) out.push(['curve.caption', exercise.curve.caption]);
  }
  return out;
}

describe.each(translated)('exercises of %s in both editions', (chapter) => {
  const exercises = (exercisesByChapter[chapter] ?? []).map((x) => [x.id, x] as const);

  it('has exercises to check', () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  it.each(exercises)('%s: every text is given in both languages', (_id, exercise) => {
    for (const [field, text] of texts(exercise)) expect(typeof text, field).toBe('object');
  });

  it.each(exercises)('%s: Chinese texts are Chinese, English texts are not', (_id, exercise) => {
    for (const [field, text] of texts(exercise)) {
      if (typeof text === 'string') continue; // reported by the test above
      expect(text.en, `${field} (en)`).not.toMatch(cjk);
      if (isNotation(text.en) && text.zh === text.en) continue;
      expect(text.zh, `${field} (zh)`).toMatch(cjk);
    }
  });
});
