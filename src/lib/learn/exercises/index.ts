/**
 * Every exercise of the learning path, by chapter. One explicit table: a chapter without an entry here has
 * no exercises, and an <Exercise id> naming an unknown id fails the build with the list of valid ids.
 */
import { exercises as backprop } from './backpropagation-and-initialisation';
import { exercises as choosing } from './choosing-an-activation';
import { exercises as deadUnits } from './dead-units-and-leaky-relus';
import { exercises as exponential } from './exponential-units';
import { exercises as gated } from './gated-units-in-transformers';
import { exercises as numbers } from './numbers-on-a-machine';
import { exercises as output } from './output-layers-and-losses';
import { exercises as relu } from './relu';
import { exercises as sigmoidTanh } from './sigmoid-and-tanh';
import { exercises as smooth } from './smooth-self-gated';
import type { Exercise } from './types';
import { exercises as neuron } from './what-a-neuron-computes';

export { exerciseIn, textIn } from './types';
export type { ChoiceExercise, Exercise, NumericExercise, Readout, Text, WidgetExercise } from './types';

/** Exercises per chapter slug, in the order the chapter asks them. */
export const exercisesByChapter: Readonly<Record<string, readonly Exercise[]>> = {
  'what-a-neuron-computes': neuron,
  'sigmoid-and-tanh': sigmoidTanh,
  'backpropagation-and-initialisation': backprop,
  relu,
  'dead-units-and-leaky-relus': deadUnits,
  'exponential-units': exponential,
  'smooth-self-gated': smooth,
  'gated-units-in-transformers': gated,
  'output-layers-and-losses': output,
  'numbers-on-a-machine': numbers,
  'choosing-an-activation': choosing,
};

const all = Object.values(exercisesByChapter).flat();
const byId = new Map(all.map((exercise) => [exercise.id, exercise]));

/** The exercise with this id; throws with the valid ids otherwise. */
export function getExercise(id: string): Exercise {
  const exercise = byId.get(id);
  if (!exercise) throw new Error(`Unknown exercise "${id}". Valid ids: ${[...byId.keys()].join(', ')}.`);
  return exercise;
}

/** The ids of a chapter's exercises (empty for a chapter without any). */
export function exerciseIds(chapter: string): string[] {
  return (exercisesByChapter[chapter] ?? []).map((exercise) => exercise.id);
}
