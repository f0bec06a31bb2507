/**
 * An exercise is data: a question, an answer key computed from the activation module or the training engine
 * (never a number typed in by hand), a hint for a wrong attempt and an explanation for a right one. Texts are
 * plain Unicode; those that state the key are functions of it, so the page can never disagree with the maths.
 */
import type { Tolerance } from '../check';

interface Common {
  /** `<chapter-slug>/<name>`, unique across the path; also the progress record's key. */
  readonly id: string;
  readonly question: string;
  /** Shown after a wrong answer: a nudge, not the answer. */
  readonly hint: string;
  /** Shown after a right answer: why it is right, in a sentence or two. */
  readonly explanation: string;
  /** The full worked answer, shown in a <details> (and the only answer with JavaScript off). */
  readonly worked: string;
}

/** Type a number; right when within the tolerance of the key. */
export interface NumericExercise extends Common {
  readonly kind: 'numeric';
  readonly answer: number;
  readonly tolerance: Tolerance;
}

/** Pick one option; `answer` is the index of the right one. */
export interface ChoiceExercise extends Common {
  readonly kind: 'choice';
  readonly choices: readonly string[];
  readonly answer: number;
}

/** A read-out of the widget at one slider value. */
export interface Readout {
  readonly label: string;
  readonly value: number;
}

/**
 * Move a slider until the widget shows what the question asks; the slider's value is the answer. The widget
 * (read-outs and an optional curve) is computed at build time for every slider position.
 */
export interface WidgetExercise extends Common {
  readonly kind: 'widget';
  readonly answer: number;
  readonly tolerance: Tolerance;
  readonly control: {
    readonly label: string;
    readonly min: number;
    readonly max: number;
    readonly step: number;
    readonly start: number;
  };
  readonly readouts: (value: number) => readonly Readout[];
  /** A curve to draw on [xmin, xmax] for the slider's value, and what it shows. */
  readonly curve?: {
    readonly xmin: number;
    readonly xmax: number;
    readonly ymin: number;
    readonly ymax: number;
    readonly f: (value: number) => (x: number) => number;
    readonly caption: string;
  };
}

export type Exercise = NumericExercise | ChoiceExercise | WidgetExercise;
