/**
 * An exercise is data: a question, an answer key computed from the activation module or the training engine
 * (never a number typed in by hand), a hint for a wrong attempt and an explanation for a right one. Texts are
 * plain Unicode; those that state the key are functions of it, so the page can never disagree with the maths.
 */
import type { Locale, Localized } from '../../i18n/locale';
import type { Tolerance } from '../check';

/** Reader-facing text of an exercise, in both editions: `{ en: '…', zh: '…' }`; a missing language is a type error. */
export type Text = Localized;

/** The text in one language. */
export function textIn(text: Text, locale: Locale): string {
  return text[locale];
}

interface Common<T> {
  /** `<chapter-slug>/<name>`, unique across the path; also the progress record's key. */
  readonly id: string;
  readonly question: T;
  /** Shown after a wrong answer: a nudge, not the answer. */
  readonly hint: T;
  /** Shown after a right answer: why it is right, in a sentence or two. */
  readonly explanation: T;
  /** The full worked answer, shown in a <details> (and the only answer with JavaScript off). */
  readonly worked: T;
}

/** Type a number; right when within the tolerance of the key. */
export interface NumericExercise<T = Text> extends Common<T> {
  readonly kind: 'numeric';
  readonly answer: number;
  readonly tolerance: Tolerance;
}

/** Pick one option; `answer` is the index of the right one. */
export interface ChoiceExercise<T = Text> extends Common<T> {
  readonly kind: 'choice';
  readonly choices: readonly T[];
  readonly answer: number;
}

/** A read-out of the widget at one slider value. */
export interface Readout<T = Text> {
  readonly label: T;
  readonly value: number;
}

/**
 * Move a slider until the widget shows what the question asks; the slider's value is the answer. The widget
 * (read-outs and an optional curve) is computed at build time for every slider position.
 */
export interface WidgetExercise<T = Text> extends Common<T> {
  readonly kind: 'widget';
  readonly answer: number;
  readonly tolerance: Tolerance;
  readonly control: {
    readonly label: T;
    readonly min: number;
    readonly max: number;
    readonly step: number;
    readonly start: number;
  };
  readonly readouts: (value: number) => readonly Readout<T>[];
  /** A curve to draw on [xmin, xmax] for the slider's value, and what it shows. */
  readonly curve?: {
    readonly xmin: number;
    readonly xmax: number;
    readonly ymin: number;
    readonly ymax: number;
    readonly f: (value: number) => (x: number) => number;
    readonly caption: T;
  };
}

export type Exercise<T = Text> = NumericExercise<T> | ChoiceExercise<T> | WidgetExercise<T>;

/** An exercise with every text in one language, as a page renders it. */
export function exerciseIn(exercise: Exercise, locale: Locale): Exercise<string> {
  const common = {
    id: exercise.id,
    question: textIn(exercise.question, locale),
    hint: textIn(exercise.hint, locale),
    explanation: textIn(exercise.explanation, locale),
    worked: textIn(exercise.worked, locale),
  };
  if (exercise.kind === 'numeric') return { ...exercise, ...common };
  if (exercise.kind === 'choice')
    return { ...exercise, ...common, choices: exercise.choices.map((c) => textIn(c, locale)) };
  const { control, curve, readouts, ...rest } = exercise;
  return {
    ...rest,
    ...common,
    control: { ...control, label: textIn(control.label, locale) },
    readouts: (value) => readouts(value).map((r) => ({ label: textIn(r.label, locale), value: r.value })),
    ...(curve ? { curve: { ...curve, caption: textIn(curve.caption, locale) } } : {}),
  };
}
