/**
 * Everything the training lab draws: progress, loss chart, heat-maps and tables, from the build's epoch-0
 * picture (default settings) or from the worker's reports. Reports are stored as they come; drawing waits
 * for the next animation frame, and the heat-maps and tables for the one after, so each task stays short.
 */
import { getActivation, type ActivationId } from '../../../lib/activations';
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
/** While training, the chart (the costliest redraw) is brought up to date at most this often. */
const CHART_MS = 500;

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

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#lut = heatColors(root);
    this.chart = new LossChart(root.querySelector('.plot')!);
  }

  /** A new run: empty curves; a heat-map and a legend entry per function, rebuilt only if the list changed. */
  begin(state: TrainingLabState): void {
    this.#state = state;
    this.#curves = state.fns.map(() => new Float64Array(EPOCHS_RANGE[1] + 1).fill(NaN));
    this.#snapshot = undefined;
    const shown = [...this.#root.querySelectorAll<HTMLElement>('.maps li')].map((li) => li.dataset.id);
    if (shown.join() === state.fns.join()) return;
    this.#pristine = false;
    const name = (id: ActivationId) => getActivation(id).name;
    this.#root.querySelector('.legend')!.innerHTML = state.fns
      .map((id, i) => `<li>${swatchSvg(palette[i % palette.length]!)}${name(id)}</li>`)
      .join('');
    this.#root.querySelector('.maps')!.innerHTML = state.fns
      .map(
        (id) =>
          `<li data-id="${id}"><figure><div class="map" role="img" aria-label="Decision boundary of the ${name(id)} network">` +
          `<canvas class="heat" width="${GRID_SIZE}" height="${GRID_SIZE}"></canvas>` +
          `<svg class="dots" viewBox="0 0 ${DOTS_SIZE} ${DOTS_SIZE}" aria-hidden="true"><use href="#training-points"/></svg>` +
          `</div><figcaption><strong>${name(id)}</strong> <span class="accuracy"></span></figcaption></figure></li>`,
      )
      .join('');
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
    const { fns, epochs } = this.#state;
    const progress = this.#root.querySelector('progress')!;
    progress.max = epochs;
    progress.value = Math.min(s.epoch, epochs);
    this.#root.querySelector('.epoch')!.textContent = `Epoch ${s.epoch} of ${epochs}`;
    if (!this.#playing || started - this.#chartAt >= CHART_MS) {
      this.#chartAt = started;
      const names = fns.map((id) => getActivation(id).name);
      this.chart.show(
        fns.map((_, i) => ({
          label: names[i]!,
          color: palette[i % palette.length]!,
          points: thinCurve(this.#curves[i]!, s.epoch, CHART_POINTS),
        })),
        epochs,
        `Training loss per epoch, log scale, for ${names.join(', ')}: epoch ${s.epoch} of ${epochs}.`,
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
    const { fns } = this.#state;
    const n = GRID_SIZE * GRID_SIZE;
    this.#root.querySelectorAll<HTMLLIElement>('.maps li').forEach((item, i) => {
      drawHeatmap(item.querySelector('canvas')!, s.grids.subarray(i * n, (i + 1) * n), this.#lut);
      item.querySelector('.map')!.setAttribute('aria-label', boundaryLabel(fns[i]!, s, i));
      item.querySelector('.accuracy')!.textContent = `test accuracy ${Math.round(s.testAccuracy[i]! * 100)}%`;
    });
    this.#root.querySelector('table.results')!.innerHTML = resultsTableHtml(fns, s);
    const dead = deadTableHtml(fns, s);
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
