/**
 * <gradient-flow-lab>: settings ↔ URL, a Web Worker running one real forward and backward pass per chosen
 * function, and the per-layer results as a chart (SVG until the first interaction, then Chart.js) and tables.
 */
import type { Chart as ChartType } from 'chart.js';
import { getActivation, isActivationId } from '../../../lib/activations';
import {
  FLOW_DEFAULTS,
  flowConfigs,
  parseFlowLabState,
  serializeFlowLabState,
  type FlowLabState,
  type Metric,
} from '../../../lib/labs/gradient-flow/state';
import {
  layerTableHtml,
  logScale,
  metricLabels,
  metricValue,
  summaryTableHtml,
  type FlowResult,
} from '../../../lib/labs/gradient-flow/view';
import { palette, swatchSvg } from '../../../lib/plot/palette';
import { overlayMarkup } from '../../../lib/plot/svg';
import { firstInteraction } from '../../plot/first-interaction';
import { showNotices } from '../../site/notices';
import type { FlowRequest, FlowResponse } from './worker';

type Points = { x: number; y: number }[];

class GradientFlowLab extends HTMLElement {
  #state!: FlowLabState;
  #results: FlowResult[] = [];
  #worker: Worker | undefined;
  #request = 0;
  #started = 0;
  #chart: ChartType<'line', Points> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  async connectedCallback() {
    const { state, notices } = parseFlowLabState(location.search);
    this.#state = state;
    showNotices(this.querySelector('.notices')!, notices);
    this.#syncControls();
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    // The default run is in the page already (computed at build time): start the worker only when needed.
    if (serializeFlowLabState(state) !== serializeFlowLabState(FLOW_DEFAULTS)) this.#compute();
    else {
      this.#status('Showing the default run, computed when the site was built. Change any setting to recompute.');
      this.dataset.ready = 'true';
    }
    await firstInteraction();
    const canvas = this.querySelector<HTMLCanvasElement>('.plot canvas')!;
    canvas.hidden = false;
    const { Chart } = await import('../../plot/chart-engine');
    this.#chart = new Chart<'line', Points>(canvas, {
      type: 'line',
      data: { datasets: [] },
      options: {
        animation: false,
        parsing: false,
        maintainAspectRatio: false,
        elements: { point: { radius: 2 } },
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { type: 'linear', title: { display: true, text: 'layer (1 = nearest the input)' } },
          y: { type: 'logarithmic' },
        },
      },
    });
    this.querySelector('.plot svg')!.setAttribute('visibility', 'hidden');
    if (this.#results.length === 0) this.#compute();
    else this.#draw();
    this.dataset.chart = 'ready';
  }

  disconnectedCallback() {
    this.#worker?.terminate();
    this.#chart?.destroy();
  }

  #syncControls() {
    const s = this.#state;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name=fn]'))
      box.checked = s.fns.includes(box.value as never);
    for (const name of ['depth', 'width', 'seed'] as const) {
      const input = this.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
      input.value = String(s[name]);
      const output = input.parentElement?.querySelector('output');
      if (output) output.textContent = String(s[name]);
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name=init], input[name=metric]')) {
      radio.checked = radio.value === s[radio.name as 'init' | 'metric'];
    }
  }

  #readControls(): FlowLabState | undefined {
    const fns = [...this.querySelectorAll<HTMLInputElement>('input[name=fn]:checked')]
      .map((b) => b.value)
      .filter(isActivationId);
    if (fns.length === 0) {
      showNotices(this.querySelector('.notices')!, ['Choose at least one function.']);
      return undefined;
    }
    const query = new URLSearchParams({ fns: fns.join(',') });
    for (const name of ['depth', 'width', 'seed'])
      query.set(name, this.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value);
    for (const name of ['init', 'metric'])
      query.set(name, this.querySelector<HTMLInputElement>(`input[name=${name}]:checked`)?.value ?? '');
    const { state, notices } = parseFlowLabState(query);
    showNotices(this.querySelector('.notices')!, notices);
    return state;
  }

  #commit(state: FlowLabState | undefined, mode: 'push' | 'replace') {
    if (!state) return;
    const recompute =
      serializeFlowLabState({ ...state, metric: 'gradient' }) !==
      serializeFlowLabState({ ...this.#state, metric: 'gradient' });
    this.#state = state;
    const url = `${location.pathname}?${serializeFlowLabState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.#syncControls();
    if (!recompute && this.#results.length > 0) return this.#draw();
    // Sliders fire many input events: wait until they rest for a moment.
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#compute(), mode === 'replace' ? 120 : 0);
  }

  #compute() {
    this.#worker ??= this.#startWorker();
    const configs = flowConfigs(this.#state);
    this.#request++;
    this.#started = performance.now();
    this.#results = [];
    this.dataset.busy = 'true';
    this.#status(
      `Computing a forward and backward pass through ${this.#state.depth} layers for ${configs.length} functions…`,
    );
    this.#worker.postMessage({ id: this.#request, configs } satisfies FlowRequest);
  }

  #startWorker(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FlowResponse>) => {
      const message = event.data;
      if (message.id !== this.#request) return; // an answer to a request a newer one replaced
      if ('error' in message) return this.#status(`Could not compute: ${message.error}`);
      const config = flowConfigs(this.#state)[message.index]!;
      this.#results[message.index] = { id: config.activation, init: String(config.init), layers: message.layers };
      const done = this.#results.filter(Boolean).length;
      const total = this.#state.fns.length;
      if (done < total) return this.#status(`Computed ${done} of ${total} functions…`);
      const ms = performance.now() - this.#started;
      this.#status(
        `Computed ${total} functions × ${this.#state.depth} layers × ${this.#state.width} units in ${ms.toFixed(0)} ms.`,
      );
      delete this.dataset.busy;
      this.#draw();
    };
    return worker;
  }

  #status(text: string) {
    this.querySelector('.status')!.textContent = text;
  }

  #draw() {
    const results = this.#results.filter(Boolean);
    if (results.length !== this.#state.fns.length) return;
    const metric: Metric = this.#state.metric;
    const series = results.map((r, i) => ({
      label: getActivation(r.id).name,
      color: palette[i % palette.length]!,
      points: r.layers.map((l) => ({ x: l.layer, y: metricValue(l, metric) })),
    }));
    const caption = `${metricLabels[metric]}, ${this.#state.depth} layers of ${this.#state.width} units${logScale(metric) ? ' (log scale)' : ''}.`;
    this.querySelector('.plot canvas')!.setAttribute('aria-label', caption);
    this.querySelector('.plot svg')!.setAttribute('aria-label', caption);
    this.querySelector('.caption')!.textContent = caption;
    this.querySelector('.legend')!.innerHTML = series.map((s) => `<li>${swatchSvg(s.color)}${s.label}</li>`).join('');
    this.querySelector('table.summary')!.innerHTML = summaryTableHtml(results);
    this.querySelector('table.layers')!.innerHTML = layerTableHtml(results, metric);
    if (this.#chart) {
      this.#chart.data.datasets = series.map((s) => ({
        label: s.label,
        data: s.points,
        borderColor: s.color,
        backgroundColor: s.color,
      }));
      this.#chart.options.scales!['y']!.type = logScale(metric) ? 'logarithmic' : 'linear';
      this.#chart.update('none');
    } else {
      // Before Chart.js: the same curves as SVG, log10 of the values where the scale is logarithmic.
      const toY = (v: number) => (logScale(metric) ? Math.log10(v) : v);
      const curves = series.map((s) => ({
        color: s.color,
        samples: { xs: Float64Array.from(s.points, (p) => p.x), ys: Float64Array.from(s.points, (p) => toY(p.y)) },
      }));
      if (this.#state.depth > 1) this.querySelector('.plot svg')!.innerHTML = overlayMarkup(curves, 640, 360);
    }
    this.dataset.metric = metric;
    this.dataset.ready = 'true';
  }

  #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'range') this.#commit(this.#readControls(), 'replace');
  };

  #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'range') this.#commit(this.#readControls(), 'push');
  };
}

if (!customElements.get('gradient-flow-lab')) customElements.define('gradient-flow-lab', GradientFlowLab);
