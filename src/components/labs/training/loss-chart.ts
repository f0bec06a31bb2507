/**
 * The shared loss chart: an SVG drawn from the same points until the reader's first interaction, then
 * Chart.js (loaded on demand from the one tree-shaken entry) with a logarithmic loss axis, updated in place.
 * The loss axis takes its ticks and range from logTicks (distinct labels, a range that holds every curve).
 */
import type { Chart as ChartType } from 'chart.js';
import { formatNumber } from '../../../lib/format/number';
import type { training as trainingEn } from '../../../lib/i18n/en/training';
import { lossSvgMarkup, type Point } from '../../../lib/labs/training/plot';
import { logTicks, type NumericLogAxis } from '../../../lib/plot/log-ticks';

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
  #t: typeof trainingEn;
  #ticks: number[] = [0.1, 0.2, 0.5, 1];
  #axis: NumericLogAxis = logTicks(0.1, 1);

  constructor(plot: Element, t: typeof trainingEn) {
    this.#plot = plot;
    this.#t = t;
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
        plugins: {
          tooltip: {
            callbacks: {
              title: (items) => this.#t.chart.tooltipEpoch(Number(items[0]?.parsed.x ?? 0)),
              label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(Number(item.parsed.y), 4)}`,
            },
          },
        },
        scales: {
          x: {
            type: 'linear',
            min: 0,
            max: total,
            ticks: { maxTicksLimit: 7 },
            title: { display: true, text: this.#t.chart.xTitle },
          },
          // Cross-entropy starts near ln 2 ≈ 0.69; the range follows the curves (see #fitAxis).
          y: {
            type: 'logarithmic',
            min: 0.1,
            max: 1,
            afterBuildTicks: (axis) => {
              axis.ticks = this.#ticks.map((value) => ({ value }));
            },
            ticks: { callback: (value) => this.#axis.label(Number(value)) },
            title: { display: true, text: this.#t.chart.yTitle },
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
    this.#fitAxis(series);
    this.#chart.update('none');
  }

  /** The loss axis: ticks and range from the curves' smallest and largest positive values. */
  #fitAxis(series: readonly LossSeries[]): void {
    let [lo, hi] = [Infinity, 0];
    for (const s of series)
      for (const p of s.points) {
        if (p.y < lo) lo = p.y;
        if (p.y > hi) hi = p.y;
      }
    const axis = hi > 0 ? logTicks(lo, hi) : logTicks(0.1, 1);
    this.#axis = axis;
    this.#ticks = axis.ticks;
    const y = this.#chart!.options.scales!['y']!;
    y.min = axis.min;
    y.max = axis.max;
  }

  destroy(): void {
    this.#chart?.destroy();
  }
}
