/**
 * <activation-chart>: upgrades the build-time SVG to an interactive Chart.js chart of f and f′. Chart.js is
 * loaded once the element is within 200px of the viewport and the reader has interacted with the page.
 * Sliders and toggles redraw in place.
 */
import type { Chart as ChartType } from 'chart.js';
import { getActivation, type Activation } from '../../lib/activations';
import { formatNumber } from '../../lib/format/number';
import { firstInteraction } from './first-interaction';
import { latexNumber } from '../../lib/functions/latex';
import { plot as plotEn } from '../../lib/i18n/en/plot';
import { localeOf } from '../../lib/i18n/locale';
import { sampleFunction } from '../../lib/plot/sample';

const SAMPLES = 401;
const tables = { en: plotEn };

class ActivationChart extends HTMLElement {
  #activation!: Activation;
  #chart: ChartType<'line', { x: number; y: number }[]> | undefined;
  #observer: IntersectionObserver | undefined;
  #cursor = Math.floor(SAMPLES / 2);
  #colorQuery = window.matchMedia('(prefers-color-scheme: dark)');
  #t = tables[localeOf(document.documentElement.lang)];

  connectedCallback() {
    this.#activation = getActivation(this.dataset.id ?? '');
    this.addEventListener('input', this.#onInput);
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.#observer?.disconnect();
          void firstInteraction().then(() => this.#mount());
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

  get #params(): Record<string, number> {
    const params: Record<string, number> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=range]')) {
      params[input.name] = Number(input.value);
    }
    return params;
  }

  get #xmin() {
    return Number(this.dataset.xmin ?? -5);
  }

  get #xmax() {
    return Number(this.dataset.xmax ?? 5);
  }

  #series() {
    const [xmin, xmax] = [this.#xmin, this.#xmax];
    const params = this.#params;
    const toPoints = (fn: (x: number) => number) => {
      const { xs, ys } = sampleFunction(fn, xmin, xmax, SAMPLES);
      return Array.from(xs, (x, i) => ({ x, y: ys[i]! }));
    };
    return [toPoints((x) => this.#activation.f(x, params)), toPoints((x) => this.#activation.df(x, params))];
  }

  async #mount() {
    const canvas = this.querySelector('canvas');
    if (!canvas) return;
    const { Chart } = await import('./chart-engine');
    const [f, df] = this.#series();
    canvas.hidden = false;
    this.#chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          { label: this.#t.series.f, data: f!, borderWidth: 2.5 },
          { label: this.#t.series.df, data: df!, borderWidth: 2, borderDash: [7, 4] },
        ],
      },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        maintainAspectRatio: false,
        elements: { point: { radius: 0, hoverRadius: 4 } },
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { type: 'linear', min: this.#xmin, max: this.#xmax, grid: {}, ticks: {} },
          y: { type: 'linear', grid: {}, ticks: {} },
        },
        plugins: { tooltip: { enabled: true } },
        onHover: (_event, elements) => {
          const index = elements[0]?.index;
          if (index !== undefined) this.#showReadout(index);
        },
      },
    });
    this.#applyColors();
    this.querySelector('svg')?.setAttribute('visibility', 'hidden');
    this.dataset.ready = 'true';
    canvas.addEventListener('keydown', this.#onKey);
    this.#colorQuery.addEventListener('change', this.#applyColors);
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
      .map((dataset) => this.#t.value(dataset.label ?? '', formatNumber(dataset.data[index]!.y)));
    readout.textContent = this.#t.readout(formatNumber(point.x, 4), values);
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

  #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'range') {
      const output = input.parentElement?.querySelector('output');
      if (output) output.textContent = formatNumber(Number(input.value), 3);
      // The typeset equations carry the same value (see lib/latex.ts): update its digits in place.
      const selector = `[data-equations-for="${this.#activation.id}"] [data-param="${input.name}"]`;
      for (const number of document.querySelectorAll(selector)) number.textContent = latexNumber(Number(input.value));
    }
    const chart = this.#chart;
    if (!chart) return;
    if (input.type === 'checkbox') {
      chart.setDatasetVisibility(input.dataset.series === 'f' ? 0 : 1, input.checked);
    } else {
      this.#series().forEach((points, i) => (chart.data.datasets[i]!.data = points));
    }
    chart.update('none');
    this.#showReadout(this.#cursor);
  };

  /** Take the curve and grid colours from the CSS tokens, so the chart follows light and dark schemes. */
  #applyColors = () => {
    const chart = this.#chart;
    if (!chart) return;
    const style = getComputedStyle(this);
    const color = (name: string) => style.getPropertyValue(name).trim();
    chart.data.datasets[0]!.borderColor = color('--curve-f');
    chart.data.datasets[1]!.borderColor = color('--curve-df');
    for (const scale of [chart.options.scales?.x, chart.options.scales?.y]) {
      if (scale?.grid) scale.grid.color = color('--grid');
      if (scale?.ticks) scale.ticks.color = color('--text-soft');
    }
    chart.update('none');
  };
}

if (!customElements.get('activation-chart')) customElements.define('activation-chart', ActivationChart);
