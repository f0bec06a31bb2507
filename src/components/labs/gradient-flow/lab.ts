/**
 * <gradient-flow-lab>: settings ↔ URL (Back and Forward included), a Web Worker running one real forward and
 * backward pass per chosen function, and the per-layer results as a chart (SVG until the first interaction,
 * then Chart.js) and tables. Until the first live result, a build-time picture that does not match the URL
 * stays hidden behind a "computing…" status.
 */
import { localeOf } from '../../../lib/i18n/locale';
import { gradientFlow as gradientFlowEn } from '../../../lib/i18n/en/gradientFlow';
import { gradientFlow as gradientFlowZh } from '../../../lib/i18n/zh/gradientFlow';
import { url as urlEn } from '../../../lib/i18n/en/url';
import { url as urlZh } from '../../../lib/i18n/zh/url';
import { FlowScheduler } from '../../../lib/labs/gradient-flow/scheduler';
import {
  FLOW_DEFAULTS,
  flowConfigs,
  parseFlowLabState,
  serializeFlowLabState,
  type FlowConfig,
  type FlowLabState,
} from '../../../lib/labs/gradient-flow/state';
import { flowSvg } from '../../../lib/labs/gradient-flow/svg';
import {
  flowPlot,
  hasUndefinedRatio,
  legendHtml,
  layerTableHtml,
  logScale,
  summaryTableHtml,
  type FlowResult,
} from '../../../lib/labs/gradient-flow/view';
import type { LayerFlow } from '../../../lib/nn';
import { palette } from '../../../lib/plot/palette';
import { firstInteraction } from '../../plot/first-interaction';
import { showNotices } from '../../site/notices';
import { readControls, syncControls } from './controls';
import { addressReadable, awaitsParser, loadedParser, loadParser, showFormulaProblem } from './formula';
import type { FlowChart } from './flow-chart';
import type { FlowRequest, FlowResponse } from './worker';

const tables = { en: { lab: gradientFlowEn, url: urlEn }, zh: { lab: gradientFlowZh, url: urlZh } };
const strings = () => tables[localeOf(document.documentElement.lang)];

/** The settings that decide the numbers (the metric only decides which of them are drawn). */
const runKey = (s: FlowLabState) => serializeFlowLabState({ ...s, metric: FLOW_DEFAULTS.metric });

class GradientFlowLab extends HTMLElement {
  #state!: FlowLabState;
  #results: FlowResult[] = [];
  /** The settings #results were computed for (the state may have moved on while a job runs). */
  #shown: FlowLabState = FLOW_DEFAULTS;
  #worker: Worker | undefined;
  #jobs = new FlowScheduler<FlowConfig, LayerFlow[]>();
  #started = new Map<number, { state: FlowLabState; at: number }>();
  #chart: FlowChart | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  async connectedCallback() {
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    window.addEventListener('popstate', this.#onPopState);
    this.#load();
    await firstInteraction();
    if (!this.isConnected) return;
    const canvas = this.querySelector<HTMLCanvasElement>('.plot canvas')!;
    const [{ Chart }, { createFlowChart }] = await Promise.all([
      import('../../plot/chart-engine'),
      import('./flow-chart'),
    ]);
    canvas.hidden = false;
    this.#chart = createFlowChart(Chart, canvas, strings().lab);
    this.querySelector('.plot svg')!.setAttribute('visibility', 'hidden');
    if (this.#results.length > 0) await this.#draw();
    this.dataset.chart = 'ready';
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
    this.#worker?.terminate();
    this.#chart?.destroy();
  }

  /** Read the URL into the controls: on load, and on Back/Forward (a formula is left out if its parser fails to load). */
  #load(withoutFormula = false) {
    if (!withoutFormula && awaitsParser(location.search))
      return void loadParser().then(
        () => this.#load(),
        () => this.#load(true),
      );
    const { lab, url } = strings();
    const previous = this.#state as FlowLabState | undefined;
    const { state, notices, formulaProblem } = parseFlowLabState(location.search, lab, url, loadedParser());
    this.#state = state;
    showNotices(this.querySelector('.notices')!, notices);
    syncControls(this, this.#state);
    showFormulaProblem(this, formulaProblem, lab, true);
    if (previous && runKey(previous) === runKey(state) && this.#results.length > 0) return void this.#draw();
    if (!previous && serializeFlowLabState(state) === serializeFlowLabState(FLOW_DEFAULTS)) {
      // The build-time picture is this run: keep it, and compute only when something changes.
      this.#status(lab.showingDefault);
      this.dataset.ready = 'true';
      return;
    }
    // The build-time picture shows the defaults, not this URL: hide it until the live result arrives.
    if (!previous) {
      this.dataset.pending = 'true';
      this.#status(lab.computingFirst);
    }
    this.#compute();
  }

  async #readControls(): Promise<FlowLabState | undefined> {
    const { lab, url } = strings();
    const query = readControls(this);
    if (!query) return void showNotices(this.querySelector('.notices')!, [lab.chooseOne]);
    if (awaitsParser(query)) await loadParser().catch(() => undefined);
    const { state, notices, formulaProblem } = parseFlowLabState(query, lab, url, loadedParser());
    showNotices(this.querySelector('.notices')!, notices);
    showFormulaProblem(this, formulaProblem, lab);
    return state;
  }

  #commit(state: FlowLabState | undefined, mode: 'push' | 'replace') {
    if (!state) return;
    const recompute = runKey(state) !== runKey(this.#state);
    this.#state = state;
    const url = `${location.pathname}?${serializeFlowLabState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    syncControls(this, this.#state);
    if (!recompute && this.#results.length > 0) return void this.#draw();
    // Sliders fire many input events: wait until they rest for a moment.
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#compute(), mode === 'replace' ? 120 : 0);
  }

  #compute() {
    clearTimeout(this.#timer);
    this.#worker ??= this.#startWorker();
    const state = this.#state;
    const job = this.#jobs.submit(flowConfigs(state));
    this.#started.clear();
    this.#started.set(job.id, { state, at: performance.now() });
    this.dataset.busy = 'true';
    this.#status(strings().lab.computing(state.depth, job.configs.length));
    this.#pump();
  }

  #pump() {
    const task = this.#jobs.take();
    if (task) this.#worker!.postMessage(task satisfies FlowRequest);
  }

  #startWorker(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FlowResponse>) => this.#onAnswer(event.data);
    return worker;
  }

  #onAnswer(message: FlowResponse) {
    const { lab } = strings();
    if ('error' in message) {
      if (this.#jobs.fail(message.id)) {
        delete this.dataset.busy;
        this.#status(lab.couldNotCompute(message.error));
      }
      return this.#pump();
    }
    const answer = this.#jobs.receive(message.id, message.index, message.layers);
    this.#pump();
    if (answer.status === 'stale') return;
    if (answer.status === 'partial') return this.#status(lab.computedSome(answer.done, answer.job.configs.length));
    const started = this.#started.get(answer.job.id)!;
    // Each result is named by the config it was computed from, never by the list on screen now.
    this.#results = answer.job.configs.map((config, i) => ({
      id: config.activation,
      ...(config.formula === undefined ? {} : { formula: config.formula }),
      init: String(config.init),
      layers: answer.results[i]!,
    }));
    this.#shown = started.state;
    const { depth, width } = started.state;
    this.#status(lab.computed(answer.job.configs.length, depth, width, performance.now() - started.at));
    delete this.dataset.busy;
    void this.#draw();
  }

  #status(text: string) {
    this.querySelector('.status')!.textContent = text;
  }

  async #draw() {
    const { lab } = strings();
    const results = this.#results;
    const metric = this.#state.metric;
    const { depth, width } = this.#shown;
    const { series, axis } = flowPlot(results, metric, lab);
    const caption = lab.caption(lab.metricLabels[metric], depth, width);
    for (const el of this.querySelectorAll('.plot canvas, .plot svg')) el.setAttribute('aria-label', caption);
    this.querySelector('.caption')!.textContent = caption;
    this.querySelector('.default-note')?.remove();
    const zeroNames = series.filter((s) => s.zeros.length > 0).map((s) => s.name);
    const zeroNote = this.querySelector<HTMLElement>('.zero-note')!;
    zeroNote.textContent = zeroNames.length > 0 ? lab.zeroNote(zeroNames) : '';
    zeroNote.hidden = zeroNames.length === 0;
    this.querySelector<HTMLElement>('.dead-note')!.hidden = metric !== 'dead';
    this.querySelector('.legend')!.innerHTML = legendHtml(series);
    this.querySelector('table.summary')!.innerHTML = summaryTableHtml(results, lab);
    this.querySelector<HTMLElement>('.ratio-note')!.hidden = !hasUndefinedRatio(results);
    this.querySelector('table.layers')!.innerHTML = layerTableHtml(results, metric, lab);
    const options = {
      depth,
      log: logScale(metric),
      colors: palette,
      xTitle: lab.layerAxis,
      yTitle: lab.axisTitles[metric],
    };
    this.querySelector('.plot svg')!.innerHTML = flowSvg(series, axis, options);
    if (this.#chart) {
      const { updateFlowChart } = await import('./flow-chart');
      updateFlowChart(this.#chart, series, axis, metric, depth, palette, lab);
    }
    delete this.dataset.pending;
    this.dataset.metric = metric;
    this.dataset.ready = 'true';
  }

  #onInput = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'range') this.#commit(await this.#readControls(), 'replace');
  };

  #onChange = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'range') return;
    // A formula typed (Enter, or leaving the field) is put in use: its box is ticked.
    if (input.name === 'formula' && input.value.trim() !== '')
      this.querySelector<HTMLInputElement>('input[name=fn][value=custom]')!.checked = true;
    this.#commit(await this.#readControls(), 'push');
  };

  #onPopState = () => this.#load();
}

// With a formula in the address, the parser comes first: the element then reads the address (and syncs the
// controls that deferred-island.ts replays early input into) in one synchronous step.
void addressReadable().then(() => {
  if (!customElements.get('gradient-flow-lab')) customElements.define('gradient-flow-lab', GradientFlowLab);
});
