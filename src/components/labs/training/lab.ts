/**
 * <training-lab>: settings ↔ URL, a Web Worker training the chosen networks, and the transport (play/pause,
 * step, reset). The main thread only draws (view.ts), so it stays responsive. Also: the reader's formula,
 * their own CSV points (held here, never in the URL, never sent anywhere) and the export downloads.
 */
import { localeOf } from '../../../lib/i18n/locale';
import { training as trainingEn } from '../../../lib/i18n/en/training';
import { training as trainingZh } from '../../../lib/i18n/zh/training';
import type { ExportFormat } from '../../../lib/labs/training/export';
import { netName } from '../../../lib/labs/training/networks';
import {
  parseTrainingLabState,
  sameRun,
  serializeTrainingLabState,
  type TrainingLabState,
} from '../../../lib/labs/training/state';
import { phaseMessage, type Phase } from '../../../lib/labs/training/view';
import { firstInteraction } from '../../plot/first-interaction';
import { showNotices } from '../../site/notices';
import { layerRows, readControls, syncControls } from './controls';
import { downloadExport, readFormula } from './files';
import { OwnData } from './own-data';
import { TrainingView } from './view';
import type { TrainingReport, TrainingRequest } from './worker';

const tables = { en: trainingEn, zh: trainingZh };

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
  #t = trainingEn;
  /** The reader's own points, while they are used instead of a built-in dataset. */
  #ownData!: OwnData;
  /** The format of the file being prepared, while the worker answers an export request. */
  #exporting: ExportFormat | undefined;

  async connectedCallback() {
    this.#t = tables[localeOf(document.documentElement.lang)];
    this.#view = new TrainingView(this, this.#t);
    this.#ownData = new OwnData(this, this.#t, () => {
      syncControls(this, this.#state, this.#t);
      this.#configure(this.#phase === 'playing');
    });
    this.#load(true);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('submit', (event) => event.preventDefault()); // Enter in a field applies, never navigates
    window.addEventListener('popstate', this.#onPopState);
    this.#colorQuery.addEventListener('change', this.#recolor);
    await firstInteraction();
    this.#startWorker();
    await this.#view.chart.mount(this.#state.epochs);
    this.#view.render();
    this.dataset.chart = 'ready';
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
    this.#colorQuery.removeEventListener('change', this.#recolor);
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#view.destroy();
  }

  /**
   * State from the URL (on load and on Back/Forward), paused at epoch 0. On the page as built, boot.ts has
   * shown it already and the form shows it (with any change the reader made meanwhile, replayed next).
   */
  #load = (initial = false) => {
    const { state, notices } = parseTrainingLabState(location.search, this.#t);
    showNotices(this.querySelector('.notices')!, notices);
    this.#state = state;
    const built = initial && this.dataset.ready === 'true' && this.dataset.built === serializeTrainingLabState(state);
    if (built) layerRows(this, state, this.#t);
    else syncControls(this, state, this.#t);
    this.#configure(false);
  };

  #onPopState = () => this.#load();
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
    const own = this.#ownData.data;
    if (this.#worker) return this.#post({ type: 'configure', run: this.#run, state: this.#state, play, own });
    if (!play && !own && this.#view.showBuilt(serializeTrainingLabState(this.#state))) return;
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
      if ('exported' in report) {
        if (this.#exporting) void downloadExport(report.exported, this.#exporting, this, this.#t);
        return void (this.#exporting = undefined);
      }
      if ('error' in report) {
        this.#setPhase('paused', false);
        return this.#status(this.#t.status.stopped(report.error));
      }
      this.#epoch = report.snapshot.epoch;
      this.#view.accept(report);
      // Only the answer to the latest request says whether the worker is playing now.
      if (report.seq !== this.#seq) return;
      const phase = report.playing ? 'playing' : this.#epoch >= this.#state.epochs ? 'done' : 'paused';
      this.#setPhase(phase, true, report.trainMs);
    };
    worker.onerror = () => this.#status(this.#t.status.workerFailed);
    this.#worker = worker;
    this.#post({ type: 'configure', run: this.#run, state: this.#state, play: false, own: this.#ownData.data });
  }

  /** Buttons and data-state for a phase; with `announce`, the status line (an aria-live region) too. */
  #setPhase(phase: Phase, announce = true, trainMs = 0) {
    this.#phase = phase;
    this.dataset.state = phase;
    const play = this.querySelector<HTMLButtonElement>('button[data-action=play]')!;
    play.textContent = phase === 'playing' ? this.#t.transport.pause : this.#t.transport.play;
    for (const button of this.querySelectorAll('button[data-action=play], button[data-action=step]'))
      button.setAttribute('aria-disabled', String(phase === 'done'));
    if (announce)
      this.#status(phaseMessage(phase, this.#epoch, this.#state.epochs, this.#state.nets.length, trainMs, this.#t));
  }

  #status(text: string) {
    const status = this.querySelector('.status')!;
    if (status.textContent !== text) status.textContent = text;
  }

  #commit(mode: 'push' | 'replace', target: EventTarget | null = null, custom = this.#state.custom) {
    const query = readControls(this, this.#state, target, custom);
    const { state, notices } = parseTrainingLabState(query, this.#t);
    // Every box unchecked and no mixed network left: the previous networks stay (readControls), say so.
    const layerSelect = target instanceof HTMLSelectElement && target.name === 'layer';
    const emptied =
      !layerSelect && !this.querySelector('input[name=fn]:checked') && !this.#state.nets.some((s) => s.length > 1);
    showNotices(this.querySelector('.notices')!, emptied ? [this.#t.notices.chooseOne, ...notices] : notices);
    const previous = this.#runState;
    this.#state = state;
    const url = `${location.pathname}?${serializeTrainingLabState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    syncControls(this, state, this.#t);
    clearTimeout(this.#timer);
    if (state.speed !== previous.speed) {
      this.#runState = { ...this.#runState, speed: state.speed };
      if (this.#worker) this.#post({ type: 'speed', speed: state.speed });
    }
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
    if (input.name === 'formula') return this.#applyFormula(input);
    const field = this.querySelector<HTMLInputElement>('input[name=formula]')!;
    // Ticking the formula's box trains the formula in the field.
    if (input.name === 'fn' && input.value === 'custom' && input.checked && field.value.trim())
      return this.#applyFormula(field);
    if (input.closest('.own-data')) return; // OwnData reads its own controls
    if (input.name === 'data') this.#ownData.clear();
    if (input.closest('form') && input.type !== 'range') this.#commit('push', input);
  };

  /** A typed formula: an inline message if it does not parse; else it trains (its network is added if none uses it). */
  #applyFormula(input: HTMLInputElement) {
    const formula = readFormula(input, this, this.#t);
    if (formula === null) return;
    const box = this.querySelector<HTMLInputElement>('input[name=fn][value=custom]');
    if (box && !this.#state.nets.some((s) => s.includes('custom'))) box.checked = true;
    this.#commit('push', box, formula);
  }

  #onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const action = button.dataset.action;
    if (action === 'export') {
      const index = Number(this.querySelector<HTMLSelectElement>('select[name=export-net]')!.value);
      const spec = this.#state.nets[index];
      if (!spec) return;
      this.#exporting = button.dataset.format as ExportFormat;
      this.#post({ type: 'export', index, name: netName(spec, this.#t) });
      return;
    }
    if (action === 'reset') return this.#configure(false);
    if (action === 'remove-net') return this.#commit('push', button);
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
