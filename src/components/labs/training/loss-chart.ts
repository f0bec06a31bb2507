/**
 * The shared loss chart: an SVG drawn from the same points until the reader's first interaction, then
 * Chart.js (loaded on demand from the one tree-shaken entry) with a logarithmic loss axis, updated in place.
 */
import type { Chart as ChartType } from 'chart.js';
import { lossSvgMarkup, type Point } from '../../../lib/labs/training/plot';

export interface LossSeries {
  readonly label: string;
  readonly color: string;
  readonly points: Point[];
}

const SVG_WIDTH = 640;
const SVG_HEIGHT = 360;

export class LossChart {
  #plot: Element;
  #chart: ChartType<'line', Point[]> | undefined;

  constructor(plot: Element) {
    this.#plot = plot;
  }

  get ready(): boolean {
    return !!this.#chart;
  }

  /** Swap the SVG for a Chart.js canvas, for a run of `total` epochs. */
  async mount(total: number): Promise<void> {
    const canvas = this.#plot.querySelector('canvas')!;
    const { Chart } = await import('../../plot/chart-engine');
    canvas.hidden = false;
    this.#chart = new Chart<'line', Point[]>(canvas, {
      type: 'line',
      data: { datasets: [] },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        maintainAspectRatio: false,
        elements: { point: { radius: 0, hitRadius: 6 }, line: { borderWidth: 2 } },
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        scales: {
          x: {
            type: 'linear',
            min: 0,
            max: total,
            ticks: { maxTicksLimit: 7 },
            title: { display: true, text: 'epoch' },
          },
          // Cross-entropy starts near ln 2 ≈ 0.69: show a decade below it until the curves need more.
          y: {
            type: 'logarithmic',
            suggestedMin: 0.1,
            suggestedMax: 1,
            // Label 1, 2 and 5 times powers of ten only: fewer labels to draw on every update.
            ticks: {
              callback: (value) => (/^[125]/.test(Number(value).toExponential()) ? Number(value).toPrecision(1) : ''),
            },
            title: { display: true, text: 'training loss' },
          },
        },
      },
    });
    this.#plot.querySelector('svg')!.setAttribute('visibility', 'hidden');
    this.applyColors();
  }

  /** Grid and tick colours from the CSS tokens (light or dark scheme). */
  applyColors(): void {
    if (!this.#chart) return;
    const style = getComputedStyle(this.#plot);
    const token = (name: string) => style.getPropertyValue(name).trim();
    for (const scale of Object.values(this.#chart.options.scales ?? {})) {
      if (!scale) continue;
      scale.grid = { ...scale.grid, color: token('--grid') };
      scale.ticks = { ...scale.ticks, color: token('--text-soft') };
      if ('title' in scale && scale.title) scale.title.color = token('--text-soft');
    }
    this.#chart.update('none');
  }

  show(series: readonly LossSeries[], total: number, label: string): void {
    this.#plot.querySelector('canvas')!.setAttribute('aria-label', label);
    this.#plot.querySelector('svg')!.setAttribute('aria-label', label);
    if (!this.#chart) {
      this.#plot.querySelector('svg')!.innerHTML = lossSvgMarkup(series, total, SVG_WIDTH, SVG_HEIGHT);
      return;
    }
    // Mutate the datasets in place: new objects would make Chart.js resolve their options again on every update.
    const datasets = this.#chart.data.datasets;
    datasets.length = Math.min(datasets.length, series.length);
    series.forEach((s, i) => {
      const dataset = (datasets[i] ??= { data: [] });
      dataset.data = s.points;
      if (dataset.label !== s.label)
        Object.assign(dataset, { label: s.label, borderColor: s.color, backgroundColor: s.color });
    });
    this.#chart.options.scales!['x']!.max = total;
    this.#chart.update('none');
  }

  destroy(): void {
    this.#chart?.destroy();
  }
}
