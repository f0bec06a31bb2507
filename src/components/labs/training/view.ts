/**
 * Everything the training lab draws: progress, loss chart, heat-maps and tables, from the build's epoch-0
 * picture (default settings) or from the worker's reports. Reports are stored as they come; drawing waits
 * for the next animation frame, and the heat-maps and tables for the one after, so each task stays short.
 */
import type { training as trainingEn } from '../../../lib/i18n/en/training';
import { netName, specKey } from '../../../lib/labs/training/networks';
import { palette, swatchSvg } from '../../../lib/plot/palette';
import { GRID_BOUNDS, GRID_SIZE, type TrainingSnapshot } from '../../../lib/labs/training/run';
import { fromBase64, pointsSvgMarkup, thinCurve } from '../../../lib/labs/training/plot';
import { EPOCHS_RANGE, type TrainingLabState } from '../../../lib/labs/training/state';
import { boundaryLabel, deadTableHtml, resultsTableHtml } from '../../../lib/labs/training/view';
import { drawHeatmap, heatColors } from './heatmap';
import { LossChart } from './loss-chart';
import type { TrainingReport } from './worker';

type Report = Extract<TrainingReport, { snapshot: unknown }>;
/** The points picture's size, in SVG units. */
const DOTS_SIZE = 240;
/** Points per loss curve: about one per 3 pixels of a wide chart. */
const CHART_POINTS = 200;
/** While training, the chart (the costliest redraw) is brought up to date at most this often (flat out / watchable). */
const CHART_MS = { max: 500, watch: 250 };
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export class TrainingView {
  #root: HTMLElement;
  #state!: TrainingLabState;
  #curves: Float64Array[] = [];
  #snapshot: TrainingSnapshot | undefined;
  /** Whether the page still shows exactly what the build rendered. */
  #pristine = true;
  #lut: Uint8ClampedArray;
  #frame = 0;
  #details = 0;
  #playing = false;
  #chartAt = -Infinity;
  readonly chart: LossChart;
  #t: typeof trainingEn;

  constructor(root: HTMLElement, t: typeof trainingEn) {
    this.#root = root;
    this.#t = t;
    this.#lut = heatColors(root);
    this.chart = new LossChart(root.querySelector('.plot')!, t);
  }

  /** A new run: empty curves; a heat-map and a legend entry per function, rebuilt only if the list changed. */
  begin(state: TrainingLabState): void {
    this.#state = state;
    this.#curves = state.nets.map(() => new Float64Array(EPOCHS_RANGE[1] + 1).fill(NaN));
    this.#snapshot = undefined;
    const select = this.#root.querySelector<HTMLSelectElement>('select[name=export-net]');
    if (select) select.replaceChildren(...state.nets.map((_, i) => new Option(this.#netLabel(i), String(i))));
    const shown = [...this.#root.querySelectorAll<HTMLElement>('.maps li')].map((li) => li.dataset.id);
    if (shown.join() === state.nets.map(specKey).join() && !state.nets.some((s) => s.includes('custom'))) return;
    this.#pristine = false;
    const name = (i: number) => escapeText(this.#netLabel(i));
    this.#root.querySelector('.legend')!.innerHTML = state.nets
      .map((_, i) => `<li>${swatchSvg(palette[i % palette.length]!)}${name(i)}</li>`)
      .join('');
    this.#root.querySelector('.maps')!.innerHTML = state.nets
      .map(
        (spec, i) =>
          `<li data-id="${escapeText(specKey(spec))}"><figure><div class="map" role="img" aria-label="${escapeText(this.#t.boundary(this.#netLabel(i)))}">` +
          `<canvas class="heat" width="${GRID_SIZE}" height="${GRID_SIZE}"></canvas>` +
          `<svg class="dots" viewBox="0 0 ${DOTS_SIZE} ${DOTS_SIZE}" aria-hidden="true"><use href="#training-points"/></svg>` +
          `</div><figcaption><strong>${name(i)}</strong> <span class="accuracy"></span></figcaption></figure></li>`,
      )
      .join('');
  }

  /** A network's name; a formula network shows its formula, as text. */
  #netLabel(i: number): string {
    const spec = this.#state.nets[i]!;
    const name = netName(spec, this.#t);
    return spec.includes('custom') ? `${name}: ${this.#t.customFormula(this.#state.custom)}` : name;
  }

  /**
   * Show the build's epoch-0 picture if it is still on the page and made for `key` (a serialised state):
   * tables and curves are already there, the heat-maps are painted from their data-grid. Else false.
   */
  showBuilt(key: string): boolean {
    if (!this.#pristine || this.#root.dataset.built !== key) return false;
    this.#paintBuilt();
    this.#root.dataset.epoch = '0';
    this.#root.dataset.ready = 'true';
    return true;
  }

  #paintBuilt(): void {
    for (const map of this.#root.querySelectorAll<HTMLElement>('.maps .map[data-grid]'))
      drawHeatmap(map.querySelector('canvas')!, fromBase64(map.dataset.grid!), this.#lut);
  }

  /** The same run with another length: keep the curves. */
  extend(state: TrainingLabState): void {
    this.#state = state;
    this.render();
  }

  /** Store a report of the current run and schedule a redraw. */
  accept(report: Report): void {
    report.losses.forEach((losses, i) => this.#curves[i]?.set(losses, report.from));
    this.#snapshot = report.snapshot;
    this.#playing = report.playing;
    const { points } = report;
    if (points)
      this.#root.querySelector('#training-points')!.innerHTML = pointsSvgMarkup(
        points.train,
        points.test,
        GRID_BOUNDS,
        DOTS_SIZE,
      );
    this.#pristine = false;
    this.#frame ||= requestAnimationFrame(() => this.render());
  }

  /** Re-read the colour tokens (the colour scheme changed) and redraw. */
  recolor(): void {
    this.#lut = heatColors(this.#root);
    this.chart.applyColors();
    if (this.#snapshot) this.render();
    else if (this.#pristine) this.#paintBuilt();
  }

  render(): void {
    this.#frame = 0;
    const s = this.#snapshot;
    if (!s) return;
    const started = performance.now();
    const { nets, epochs } = this.#state;
    const progress = this.#root.querySelector('progress')!;
    progress.max = epochs;
    progress.value = Math.min(s.epoch, epochs);
    this.#root.querySelector('.epoch')!.textContent = this.#t.epochOf(s.epoch, epochs);
    if (!this.#playing || started - this.#chartAt >= CHART_MS[this.#state.speed === 'max' ? 'max' : 'watch']) {
      this.#chartAt = started;
      const names = nets.map((_, i) => this.#netLabel(i));
      this.chart.show(
        nets.map((_, i) => ({
          label: names[i]!,
          color: palette[i % palette.length]!,
          points: thinCurve(this.#curves[i]!, s.epoch, CHART_POINTS),
        })),
        epochs,
        this.#t.lossLabel(names, s.epoch, epochs),
      );
      this.#root.dataset.renderMs = (performance.now() - started).toFixed(1);
    }
    this.#details ||= requestAnimationFrame(() => this.#renderDetails());
  }

  #renderDetails(): void {
    this.#details = 0;
    const s = this.#snapshot;
    if (!s) return;
    const started = performance.now();
    const { nets, custom } = this.#state;
    const n = GRID_SIZE * GRID_SIZE;
    this.#root.querySelectorAll<HTMLLIElement>('.maps li').forEach((item, i) => {
      drawHeatmap(item.querySelector('canvas')!, s.grids.subarray(i * n, (i + 1) * n), this.#lut);
      item.querySelector('.map')!.setAttribute('aria-label', boundaryLabel(nets[i]!, s, i, this.#t));
      item.querySelector('.accuracy')!.textContent = this.#t.testAccuracy(Math.round(s.testAccuracy[i]! * 100));
    });
    this.#root.querySelector('table.results')!.innerHTML = resultsTableHtml(nets, s, this.#t.tables);
    const dead = deadTableHtml(nets, s, custom, this.#t.tables);
    this.#root.querySelector('table.dead')!.innerHTML = dead;
    this.#root.querySelector<HTMLElement>('.dead-none')!.hidden = dead !== '';
    this.#root.querySelector<HTMLElement>('.dead-wrap')!.hidden = dead === '';
    this.#root.dataset.detailsMs = (performance.now() - started).toFixed(1);
    this.#root.dataset.epoch = String(s.epoch);
    this.#root.dataset.ready = 'true';
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#details);
    this.chart.destroy();
  }
}
