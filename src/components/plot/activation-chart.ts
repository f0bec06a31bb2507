/**
 * <activation-chart>: upgrades the build-time SVG to an interactive Chart.js chart of f and f′. Chart.js and the
 * activation registry load once the element nears the viewport (200px) and the reader has interacted with the
 * page, at once if the URL asks for other settings than the picture shows; until then the built sliders suffice.
 * The canvas keeps the SVG's frame, zero axes, minus signs and axis titles (frame-plugin.ts). Sliders and the x
 * range redraw in place; a function page's first chart keeps its settings in the URL (`?alpha=0.2&xmin=-4&xmax=4`).
 */
import type { Chart as ChartType } from 'chart.js';
import type { Activation } from '../../lib/activations';
import { formatNumber } from '../../lib/format/number';
import { MIN_SPAN, parseChartState, serializeChartState, X_LIMIT } from '../../lib/functions/chart-state';
import { latexNumber } from '../../lib/functions/latex';
import { chart as chartEn } from '../../lib/i18n/en/chart';
import { chart as chartZh } from '../../lib/i18n/zh/chart';
import { plot as plotEn } from '../../lib/i18n/en/plot';
import { plot as plotZh } from '../../lib/i18n/zh/plot';
import { localeOf } from '../../lib/i18n/locale';
import { sampleFunction } from '../../lib/plot/sample';
import { frameFor } from '../../lib/plot/svg';
import { showNotices } from '../site/notices';
import { firstInteraction } from './first-interaction';
import { sliderSpecs } from './slider-specs';

const SAMPLES = 401;
const tables = { en: { ...chartEn, ...plotEn }, zh: { ...chartZh, ...plotZh } };
const strings = () => tables[localeOf(document.documentElement.lang)];

class ActivationChart extends HTMLElement {
  #activation!: Activation; // loaded with Chart.js, when the chart mounts
  #specs: ReturnType<typeof sliderSpecs> = [];
  #chart: ChartType<'line', { x: number; y: number }[]> | undefined;
  #observer: IntersectionObserver | undefined;
  #cursor = Math.floor(SAMPLES / 2);
  #colorQuery = window.matchMedia('(prefers-color-scheme: dark)');
  /** The range the build-time picture shows, and the range drawn now. */
  #defaultRange: [number, number] = [-5, 5];
  #range: [number, number] = [-5, 5];
  /** Only the first chart of a page keeps its settings in the URL. */
  #ownsUrl = false;

  connectedCallback() {
    this.#specs = sliderSpecs(this);
    this.#defaultRange = [Number(this.dataset.xmin ?? -5), Number(this.dataset.xmax ?? 5)];
    this.#range = [...this.#defaultRange];
    this.#ownsUrl = document.querySelector('activation-chart') === this;
    const custom = this.#ownsUrl && this.#readUrl();
    this.addEventListener('input', this.#onInput);
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.#observer?.disconnect();
          // The SVG shows the defaults: when the URL asks for more, draw the real picture without waiting.
          void (custom ? Promise.resolve() : firstInteraction()).then(() => this.#mount());
        }
      },
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.removeEventListener('input', this.#onInput);
    this.#colorQuery.removeEventListener('change', this.#applyColors);
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  /** Apply the URL's settings to the sliders and range inputs; true when they differ from the defaults. */
  #readUrl(): boolean {
    const { state, notices } = parseChartState(location.search, this.#specs, this.#defaultRange, strings());
    showNotices(this.querySelector('.notices')!, notices);
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=range]')) {
      const value = state.params[input.name];
      if (value === undefined) continue;
      input.value = String(value);
      this.#showParam(input);
    }
    this.#range = [state.xmin, state.xmax];
    this.querySelector<HTMLInputElement>('input[name=xmin]')!.value = String(state.xmin);
    this.querySelector<HTMLInputElement>('input[name=xmax]')!.value = String(state.xmax);
    return serializeChartState(state, this.#specs, this.#defaultRange) !== '';
  }

  #writeUrl() {
    if (!this.#ownsUrl) return;
    const state = { params: this.#params, xmin: this.#range[0], xmax: this.#range[1] };
    const query = serializeChartState(state, this.#specs, this.#defaultRange);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  get #params(): Record<string, number> {
    const params: Record<string, number> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=range]')) {
      params[input.name] = Number(input.value);
    }
    return params;
  }

  /** f and f′ sampled over the current range, and the frame (y range) the build-time SVG would give them. */
  #series() {
    const [xmin, xmax] = this.#range;
    const params = this.#params;
    const f = sampleFunction((x) => this.#activation.f(x, params), xmin, xmax, SAMPLES);
    const df = sampleFunction((x) => this.#activation.df(x, params), xmin, xmax, SAMPLES);
    const points = ({ xs, ys }: typeof f) => Array.from(xs, (x, i) => ({ x, y: ys[i]! }));
    return { points: [points(f), points(df)], frame: frameFor([f, df], 640, 400) };
  }

  async #mount() {
    const canvas = this.querySelector('canvas');
    if (!canvas || this.#chart) return;
    const registry = import('../../lib/activations');
    const [{ Chart }, { framePlugin }] = await Promise.all([import('./chart-engine'), import('./frame-plugin')]);
    this.#activation = (await registry).getActivation(this.dataset.id ?? '');
    const { points, frame } = this.#series();
    canvas.hidden = false;
    this.#chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          { label: strings().series.f, data: points[0]!, borderWidth: 2.5 },
          { label: strings().series.df, data: points[1]!, borderWidth: 2, borderDash: [7, 4] },
        ],
      },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        maintainAspectRatio: false,
        layout: { padding: 0 },
        elements: { point: { radius: 0, hoverRadius: 4 } },
        interaction: { mode: 'index', intersect: false },
        // The frame plugin draws grid, axes and labels like the SVG; the scales only map values to pixels.
        scales: {
          x: { type: 'linear', display: false, min: frame.xmin, max: frame.xmax },
          y: { type: 'linear', display: false, min: frame.ymin, max: frame.ymax },
        },
        plugins: {
          tooltip: {
            enabled: true,
            // Name the x and print numbers as the read-out does (true minus signs, no locale grouping).
            callbacks: {
              title: (items) => (items[0] ? `x = ${formatNumber(items[0].parsed.x ?? NaN, 4)}` : ''),
              label: (item) => `${item.dataset.label} = ${formatNumber(item.parsed.y ?? NaN, 4)}`,
            },
          },
        },
        onHover: (_event, elements) => {
          const index = elements[0]?.index;
          if (index !== undefined) this.#showReadout(index);
        },
      },
      plugins: [framePlugin(() => ({ x: strings().xTitle, y: strings().yTitle }))],
    });
    this.#applyColors();
    this.querySelector('svg')?.setAttribute('visibility', 'hidden');
    this.dataset.ready = 'true';
    canvas.addEventListener('keydown', this.#onKey);
    this.#colorQuery.addEventListener('change', this.#applyColors);
  }

  /** Redraw the curves for the current parameters and range, keeping the SVG's rule for the frame. */
  #redraw() {
    const chart = this.#chart;
    if (!chart) return;
    const { points, frame } = this.#series();
    points.forEach((data, i) => (chart.data.datasets[i]!.data = data));
    Object.assign(chart.options.scales!['x']!, { min: frame.xmin, max: frame.xmax });
    Object.assign(chart.options.scales!['y']!, { min: frame.ymin, max: frame.ymax });
    chart.update('none');
    this.#showReadout(this.#cursor);
  }

  #showReadout(index: number) {
    const chart = this.#chart;
    const readout = this.querySelector('.readout');
    if (!chart || !readout) return;
    this.#cursor = index;
    const point = chart.data.datasets[0]?.data[index];
    if (!point) return;
    const values = chart.data.datasets
      .filter((_, i) => chart.isDatasetVisible(i))
      .map((dataset) => strings().value(dataset.label ?? '', formatNumber(dataset.data[index]!.y)));
    readout.textContent = strings().readout(formatNumber(point.x, 4), values);
  }

  #onKey = (event: KeyboardEvent) => {
    const chart = this.#chart;
    if (!chart) return;
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageDown: -20, PageUp: 20 };
    let index = this.#cursor + (steps[event.key] ?? 0);
    if (event.key === 'Home') index = 0;
    if (event.key === 'End') index = SAMPLES - 1;
    if (index === this.#cursor && !(event.key in steps)) return;
    event.preventDefault();
    index = Math.min(SAMPLES - 1, Math.max(0, index));
    const active = chart.data.datasets
      .map((_, datasetIndex) => ({ datasetIndex, index }))
      .filter(({ datasetIndex }) => chart.isDatasetVisible(datasetIndex));
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    chart.update('none');
    this.#showReadout(index);
  };

  /** A slider's value beside it and in the typeset equations (see lib/functions/latex.ts). */
  #showParam(input: HTMLInputElement) {
    const output = input.parentElement?.querySelector('output');
    if (output) output.textContent = formatNumber(Number(input.value), 3);
    const selector = `[data-equations-for="${this.dataset.id}"] [data-param="${input.name}"]`;
    for (const number of document.querySelectorAll(selector)) number.textContent = latexNumber(Number(input.value));
  }

  /** Take the x range from its two inputs when it is usable; mark them invalid otherwise. */
  #readRange(): boolean {
    const [from, to] = ['xmin', 'xmax'].map((name) => this.querySelector<HTMLInputElement>(`input[name=${name}]`)!);
    const [lo, hi] = [from!.valueAsNumber, to!.valueAsNumber];
    const ok = Math.abs(lo) <= X_LIMIT && Math.abs(hi) <= X_LIMIT && hi - lo >= MIN_SPAN;
    for (const input of [from!, to!]) input.setAttribute('aria-invalid', String(!ok));
    if (ok) this.#range = [lo, hi];
    return ok;
  }

  #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'checkbox') {
      this.#chart?.setDatasetVisibility(input.dataset.series === 'f' ? 0 : 1, input.checked);
      this.#chart?.update('none');
      return;
    }
    if (input.type === 'range') this.#showParam(input);
    else if (input.type === 'number' && !this.#readRange()) return;
    this.#writeUrl();
    this.#redraw();
  };

  /** Curve colours from the CSS tokens, so the chart follows light and dark schemes (the frame reads its own). */
  #applyColors = () => {
    const chart = this.#chart;
    if (!chart) return;
    const style = getComputedStyle(this);
    const color = (name: string) => style.getPropertyValue(name).trim();
    chart.data.datasets[0]!.borderColor = color('--curve-f');
    chart.data.datasets[1]!.borderColor = color('--curve-df');
    chart.update('none');
  };
}

if (!customElements.get('activation-chart')) customElements.define('activation-chart', ActivationChart);
