/**
 * <training-lab>: settings ↔ URL, a Web Worker training one network per chosen activation, and the
 * transport (play/pause, step, reset). The main thread only draws (training-view.ts), so it stays responsive.
 */
import {
  parseTrainingLabState,
  sameRun,
  serializeTrainingLabState,
  type TrainingLabState,
} from '../../../lib/labs/training/state';
import { phaseMessage, type Phase } from '../../../lib/labs/training/view';
import { firstInteraction } from '../../plot/first-interaction';
import { showNotices } from '../../site/notices';
import { readControls, syncControls } from './controls';
import { TrainingView } from './view';
import type { TrainingReport, TrainingRequest } from './worker';

type Command = TrainingRequest extends infer R ? (R extends unknown ? Omit<R, 'seq'> : never) : never;

class TrainingLab extends HTMLElement {
  #state!: TrainingLabState;
  /** The state the current run was set up with (#state may be ahead of it while a slider rests). */
  #runState!: TrainingLabState;
  #view!: TrainingView;
  #worker: Worker | undefined;
  #run = 0;
  #seq = 0;
  #epoch = 0;
  #phase: Phase = 'paused';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #colorQuery = matchMedia('(prefers-color-scheme: dark)');

  async connectedCallback() {
    this.#view = new TrainingView(this);
    this.#load();
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('submit', (event) => event.preventDefault()); // Enter in a field applies, never navigates
    window.addEventListener('popstate', this.#load);
    this.#colorQuery.addEventListener('change', this.#recolor);
    await firstInteraction();
    this.#startWorker();
    await this.#view.chart.mount(this.#state.epochs);
    this.#view.render();
    this.dataset.chart = 'ready';
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#load);
    this.#colorQuery.removeEventListener('change', this.#recolor);
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#view.destroy();
  }

  /** State from the URL (on load and on Back/Forward), paused at epoch 0. */
  #load = () => {
    const { state, notices } = parseTrainingLabState(location.search);
    showNotices(this.querySelector('.notices')!, notices);
    this.#state = state;
    syncControls(this, state);
    this.#configure(false);
  };

  #recolor = () => this.#view.recolor();

  #post(command: Command) {
    this.#startWorker();
    this.#worker!.postMessage({ ...command, seq: ++this.#seq } as TrainingRequest);
  }

  /**
   * A new run of the current state at epoch 0. When the build's picture of epoch 0 fits, the worker (and its
   * script) can wait for the reader's first interaction; it is then configured for the same run.
   */
  #configure(play: boolean) {
    this.#runState = this.#state;
    this.#run++;
    this.#epoch = 0;
    this.#view.begin(this.#state);
    this.#setPhase(play ? 'playing' : 'paused');
    if (this.#worker) return this.#post({ type: 'configure', run: this.#run, state: this.#state, play });
    if (!play && this.#view.showBuilt(serializeTrainingLabState(this.#state))) return;
    this.#startWorker(); // configures the run
    if (play) this.#post({ type: 'play' });
  }

  /** Start the worker, set up for the current run, unless it runs already. */
  #startWorker() {
    if (this.#worker) return;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TrainingReport>) => {
      const report = event.data;
      if (report.run !== this.#run) return; // from a run a newer one replaced
      if ('error' in report) {
        this.#setPhase('paused', false);
        return this.#status(`Training stopped: ${report.error}`);
      }
      this.#epoch = report.snapshot.epoch;
      this.#view.accept(report);
      // Only the answer to the latest request says whether the worker is playing now.
      if (report.seq !== this.#seq) return;
      const phase = report.playing ? 'playing' : this.#epoch >= this.#state.epochs ? 'done' : 'paused';
      this.#setPhase(phase, true, report.trainMs);
    };
    worker.onerror = () => this.#status('The training worker failed to start.');
    this.#worker = worker;
    this.#post({ type: 'configure', run: this.#run, state: this.#state, play: false });
  }

  /** Buttons and data-state for a phase; with `announce`, the status line (an aria-live region) too. */
  #setPhase(phase: Phase, announce = true, trainMs = 0) {
    this.#phase = phase;
    this.dataset.state = phase;
    const play = this.querySelector<HTMLButtonElement>('button[data-action=play]')!;
    play.textContent = phase === 'playing' ? 'Pause' : 'Play';
    for (const button of this.querySelectorAll('button[data-action=play], button[data-action=step]'))
      button.setAttribute('aria-disabled', String(phase === 'done'));
    if (announce) this.#status(phaseMessage(phase, this.#epoch, this.#state.epochs, this.#state.fns.length, trainMs));
  }

  #status(text: string) {
    const status = this.querySelector('.status')!;
    if (status.textContent !== text) status.textContent = text;
  }

  #commit(mode: 'push' | 'replace') {
    const noneChecked = !this.querySelector('input[name=fn]:checked');
    const { state, notices } = parseTrainingLabState(readControls(this, this.#state));
    const shown = noneChecked ? ['Choose at least one activation; the last one stays.', ...notices] : notices;
    showNotices(this.querySelector('.notices')!, shown);
    const previous = this.#runState;
    this.#state = state;
    const url = `${location.pathname}?${serializeTrainingLabState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    syncControls(this, state);
    clearTimeout(this.#timer);
    if (sameRun(previous, state)) {
      if (state.epochs === previous.epochs) return;
      // A longer (or not much shorter) run continues this one: training is the same, epoch by epoch.
      if (state.epochs >= this.#epoch) {
        this.#runState = state;
        this.#view.extend(state);
        this.#post({ type: 'limit', epochs: state.epochs });
        return this.#setPhase(this.#phase === 'done' ? 'paused' : this.#phase);
      }
    }
    const play = this.#phase === 'playing';
    // Sliders fire many input events: wait until they rest for a moment.
    this.#timer = setTimeout(() => this.#configure(play), mode === 'replace' ? 150 : 0);
  }

  #onInput = (event: Event) => {
    if ((event.target as HTMLInputElement).type === 'range') this.#commit('replace');
  };

  #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.closest('form') && input.type !== 'range') this.#commit('push');
  };

  #onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const action = button.dataset.action;
    if (action === 'reset') return this.#configure(false);
    // Where a pause or a step lands is announced from the worker's answer.
    if (action === 'step') {
      this.#post({ type: 'step' });
      return this.#setPhase('paused', false);
    }
    const pause = this.#phase === 'playing';
    this.#post({ type: pause ? 'pause' : 'play' });
    this.#setPhase(pause ? 'paused' : 'playing', !pause);
  };
}

if (!customElements.get('training-lab')) customElements.define('training-lab', TrainingLab);
