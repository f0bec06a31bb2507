/**
 * The Chinese edition of chapters 6–11's exercises: every reader-facing text has a Chinese version that really is
 * Chinese, and the English texts stay free of Chinese characters (so no translation leaked into the English edition).
 */
import { describe, expect, it } from 'vitest';
import { exerciseIn, exercisesByChapter } from '../../src/lib/learn/exercises';
import type { Exercise } from '../../src/lib/learn/exercises';
import { sliderValues } from '../../src/lib/learn/widget';

const chapters = [
  'exponential-units',
  'smooth-self-gated',
  'gated-units-in-transformers',
  'output-layers-and-losses',
  'numbers-on-a-machine',
  'choosing-an-activation',
];

/** CJK Unified Ideographs: at least one means the text is written in Chinese. */
const cjk = /[\u4e00-\u9fff]/;

/** Every text a reader can see for this exercise, named so that a failure says which one. */
function texts(exercise: Exercise<string>): [string, string][] {
  const out: [string, string][] = [
    ['question', exercise.question],
    ['hint', exercise.hint],
    ['explanation', exercise.explanation],
    ['worked', exercise.worked],
  ];
  if (exercise.kind === 'choice') exercise.choices.forEach((c, i) => out.push([`choice ${i}`, c]));
  if (exercise.kind === 'widget') {
    out.push(['control.label', exercise.control.label]);
    // Read-out labels at the first, start and last slider positions (labels may depend on the value).
    const values = sliderValues(exercise.control);
    for (const v of [values[0], exercise.control.start, values[values.length - 1]]) {
      if (v === undefined) continue;
      exercise.readouts(v).forEach((r, i) => out.push([`readout ${i} at ${v}`, r.label]));
    }
    if (exercise.curve) out.push(['curve.caption', exercise.curve.caption]);
  }
  return out;
}

describe.each(chapters)('Chinese exercise texts of %s', (chapter) => {
  const exercises = exercisesByChapter[chapter] ?? [];

  it('has exercises', () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  it.each(exercises.map((x) => [x.id, x] as const))('%s: every zh text is Chinese, every en text is not', (_, x) => {
    for (const [field, text] of texts(exerciseIn(x, 'zh'))) expect(text, `zh ${field}`).toMatch(cjk);
    for (const [field, text] of texts(exerciseIn(x, 'en'))) expect(text, `en ${field}`).not.toMatch(cjk);
  });
});
