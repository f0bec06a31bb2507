/**
 * <learn-exercise>: checks an attempt with the pure functions of src/lib/learn/check.ts, announces the verdict
 * in the form's live region, records a solved exercise, and (widget exercises) swaps the build-time frames as
 * the slider moves.
 */
import { checkChoice, checkNumeric, type Verdict } from '../../lib/learn/check';
import { markSolved } from '../../lib/learn/progress';
import { loadProgress, updateProgress } from './store';

interface ClientStrings {
  right: string;
  wrong: string;
  invalid: string;
  chooseOne: string;
  solvedBefore: string;
}

class LearnExercise extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!form || !status) return;
    const d = this.dataset;
    const t = JSON.parse(d.strings ?? '{}') as ClientStrings;
    const key = Number(d.answer);
    const tolerance = { abs: Number(d.abs), rel: Number(d.rel) };
    const slider = form.querySelector<HTMLInputElement>('input[type="range"]');
    // A returning reader sees which exercises they have already solved.
    if (d.id && loadProgress().solved.includes(d.id)) status.textContent = t.solvedBefore;
    if (slider && d.frames) this.#bindWidget(slider, JSON.parse(d.frames) as { readouts: string[][]; paths: string[] });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      let verdict: Verdict;
      if (d.kind === 'choice') {
        const chosen = form.querySelector<HTMLInputElement>('input[name="choice"]:checked');
        verdict = checkChoice(chosen ? Number(chosen.value) : null, key);
      } else {
        const input = form.querySelector<HTMLInputElement>('input[name="answer"]');
        verdict = checkNumeric(input?.value ?? '', key, tolerance);
      }
      const message = {
        invalid: d.kind === 'choice' ? t.chooseOne : t.invalid,
        wrong: `${t.wrong} ${d.hint ?? ''}`,
        right: `${t.right} ${d.explanation ?? ''}`,
      }[verdict];
      status.textContent = message;
      status.classList.toggle('right', verdict === 'right');
      if (verdict === 'right' && d.id) updateProgress((p) => markSolved(p, d.id!));
    });
  }

  /** Moving the slider shows the frame computed at build time for its value. */
  #bindWidget(slider: HTMLInputElement, frames: { readouts: string[][]; paths: string[] }) {
    const output = this.querySelector('.readouts');
    const path = this.querySelector('svg path');
    const min = Number(slider.min);
    const step = Number(slider.step);
    slider.addEventListener('input', () => {
      const i = Math.round((Number(slider.value) - min) / step);
      const lines = frames.readouts[i] ?? [];
      output?.replaceChildren(
        ...lines.map((line) => Object.assign(document.createElement('span'), { textContent: line })),
      );
      const d = frames.paths[i];
      if (path && d) path.setAttribute('d', d);
    });
  }
}

customElements.define('learn-exercise', LearnExercise);
