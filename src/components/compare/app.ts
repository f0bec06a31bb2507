/**
 * <compare-app>: the comparison page. The state lives in the URL (lib/compare/state.ts); every control
 * change writes the URL (pushState for choices, replaceState while dragging) and redraws in place. boot.ts
 * loads this file at the first interaction, or at once for an address with settings (then the URL's view is
 * drawn as SVG, legend and table); ui.ts brings the canvas, the controls' reading, export and formula fields
 * once the reader acts or a formula is present.
 */
import type { Chart as ChartType } from 'chart.js';
import { isActivationId } from '../../lib/activations';
import { curveSources, type CurveSource } from '../../lib/compare/curves';
import { parseCompareState, serializeCompareState, type CompareState } from '../../lib/compare/state';
import { compare as compareEn } from '../../lib/i18n/en/compare';
import { compare as compareZh } from '../../lib/i18n/zh/compare';
import { url as urlEn } from '../../lib/i18n/en/url';
import { url as urlZh } from '../../lib/i18n/zh/url';
import { localeOf } from '../../lib/i18n/locale';
import { overlayMarkup } from '../../lib/plot/svg';
import { firstInteraction } from '../plot/first-interaction';
import { showNotices } from '../site/notices';
import { curveId, curvesFor, evaluatorOf, F_WIDTH, type Curve, type Evaluator } from './chart';
import { syncControls } from './controls';
import { renderLegend } from './legend';
import { fillDataTable } from './tables';

/** This page's strings, in the page's language. */
const tables = { en: { compare: compareEn, url: urlEn }, zh: { compare: compareZh, url: urlZh } };
const strings = () => tables[localeOf(document.documentElement.lang)];

type Ui = typeof import('./ui');
let uiModule: Promise<Ui> | undefined;
const loadUi = (): Promise<Ui> => (uiModule ??= import('./ui'));

class CompareApp extends HTMLElement {
  #state!: CompareState;
  #ui: Ui | undefined;
  #chart: ChartType<'line', { x: number; y: number }[]> | undefined;
  /** Sampled curves by source key, with the signature they were sampled for. */
  #cache = new Map<string, { signature: string; curves: Curve[] }>();
  /** Parsed formulas by text: an evaluator, or undefined when the text does not parse. */
  #formulas = new Map<string, Evaluator | undefined>();
  /** Lines the reader switched off in the legend. */
  #hidden = new Set<string>();
  #curves: Curve[] = [];

  async connectedCallback() {
    const { state, notices } = parseCompareState(location.search, strings());
    this.#notify(notices);
    this.#state = state;
    syncControls(this, state, curveSources(state, strings().compare), strings().compare);
    for (const type of ['input', 'change', 'click'] as const) this.addEventListener(type, this.#onEvent);
    // A URL value between a slider's steps is shown as given; touching the slider brings its steps back.
    for (const type of ['keydown', 'pointerdown'] as const)
      this.addEventListener(type, (e) => {
        const slider = e.target as HTMLInputElement;
        if (slider.type === 'range' && slider.dataset.step) slider.step = slider.dataset.step;
      });
    window.addEventListener('popstate', this.#onPopState);
    // First the URL's view as SVG, drawn here without Chart.js; the canvas takes over once the reader acts.
    if (state.custom) await this.#formulaFields(true);
    this.#render();
    this.dataset.ready = 'true';
    await firstInteraction();
    this.#ui = await loadUi();
    const canvas = this.querySelector<HTMLCanvasElement>('.plot canvas')!;
    canvas.hidden = false;
    this.#chart = await this.#ui.createCompareChart(canvas);
    this.querySelector('.plot svg')?.setAttribute('visibility', 'hidden');
    this.#render();
    this.dataset.chart = 'ready';
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
    this.#chart?.destroy();
  }

  #notify(notices: readonly string[]) {
    showNotices(this.querySelector('.notices')!, notices);
  }

  /** Parse the state's formulas (loading the parser), optionally rebuilding the fields, and mark bad ones. */
  async #formulaFields(rebuild: boolean) {
    const ui = (this.#ui ??= await loadUi());
    const t = strings().compare;
    const list = this.querySelector('.formula-list')!;
    if (rebuild) {
      const texts = this.#state.custom?.length ? this.#state.custom : [''];
      list.replaceChildren(...texts.map((text, i) => ui.formulaRow(i + 1, text, t)));
    }
    for (const text of this.#state.custom ?? []) {
      const r = await ui.parseCached(text);
      this.#formulas.set(
        text,
        r.ok ? { f: (x) => (x !== x ? x : r.f(x)), df: (x) => (x !== x ? x : r.df(x)) } : undefined,
      );
      const row = [...list.children].find((li) => li.querySelector('input')?.value === text);
      if (row) ui.showFormulaResult(row as HTMLElement, text, r, t);
    }
  }

  #commit(state: CompareState | undefined, mode: 'push' | 'replace') {
    if (!state) return;
    this.#state = state;
    const url = `${location.pathname}?${serializeCompareState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    syncControls(this, state, curveSources(state, strings().compare), strings().compare);
    if ((state.custom ?? []).some((text) => !this.#formulas.has(text)))
      void this.#formulaFields(false).then(() => this.#render());
    else this.#render();
  }

  /** Redraw; only curves whose signature (parameters, style, view, range) changed are resampled. */
  #render() {
    const started = performance.now();
    const s = this.#state;
    const t = strings().compare;
    const sources = curveSources(s, t);
    const seen = new Set<string>();
    this.#curves = sources.flatMap((source) => {
      const evaluator = source.kind === 'fn' ? evaluatorOf(source) : this.#formulas.get(source.text);
      if (!evaluator) return [];
      seen.add(source.key);
      return this.#sampled(source, evaluator);
    });
    for (const key of [...this.#cache.keys()]) if (!seen.has(key)) this.#cache.delete(key);
    if (this.#chart) this.#ui!.showCurves(this.#chart, this.#curves, this.#hidden, this.#axes());
    else
      this.querySelector('.plot svg')!.innerHTML = overlayMarkup(
        this.#curves.map((c) => ({
          samples: c.samples,
          color: c.color,
          className: `w${c.width === F_WIDTH ? 'f' : 'd'} dash-${c.dash.join('-') || 'solid'}`,
        })),
        640,
        360,
      );
    this.dataset.renderMs = (performance.now() - started).toFixed(2);
    renderLegend(this.querySelector('.overlay .legend')!, this.#curves, this.#hidden, t);
    fillDataTable(this.querySelector('table.data')!, this.#curves);
    const label = t.caption(
      s.view,
      sources.map((c) => c.label),
      s.xmin,
      s.xmax,
    );
    this.querySelector('.plot canvas')!.setAttribute('aria-label', label);
    this.querySelector('.overlay .caption')!.textContent = label;
  }

  #axes() {
    const t = strings().compare;
    return { xmin: this.#state.xmin, xmax: this.#state.xmax, xTitle: t.axisX, yTitle: t.axisY(this.#state.view) };
  }

  #sampled(source: CurveSource, evaluator: Evaluator): Curve[] {
    const s = this.#state;
    const what = source.kind === 'fn' ? source.params : source.text;
    const signature = JSON.stringify([what, source.label, source.style, s.view, s.xmin, s.xmax]);
    const hit = this.#cache.get(source.key);
    if (hit && hit.signature === signature) return hit.curves;
    const curves = curvesFor(source, evaluator, s.view, s.xmin, s.xmax, strings().compare.derivativeSuffix);
    this.#cache.set(source.key, { signature, curves });
    return curves;
  }

  /** Every input, change and click, handled once the interactive part (ui.ts) is loaded. */
  #onEvent = async (event: Event) => {
    const ui = (this.#ui ??= await loadUi());
    const target = event.target as HTMLInputElement;
    const read = () => {
      const { state, notices } = ui.readControls(this, this.#state.fns, strings());
      this.#notify(notices);
      return state;
    };
    if (event.type === 'input') {
      if (target.type === 'range') this.#commit(read(), 'replace');
      else if (target.name === 'custom') {
        const text = target.value;
        const result = await ui.parseCached(text);
        if (target.value === text) ui.showFormulaResult(target.closest('li')!, text, result, strings().compare);
      }
      return;
    }
    if (event.type === 'change') {
      if (target.type !== 'range') this.#commit(read(), 'push');
      return;
    }
    const button = target.closest('button');
    const action = button?.dataset.action;
    if (!button) return;
    if (button.dataset.family) {
      const boxes = [
        ...this.querySelectorAll<HTMLInputElement>(`fieldset[data-family="${button.dataset.family}"] input[name=fn]`),
      ];
      const select = boxes.some((b) => !b.checked);
      boxes.forEach((b) => (b.checked = select));
      this.#commit(read(), 'push');
    } else if (button.dataset.curve) {
      const id = button.dataset.curve;
      if (!this.#hidden.delete(id)) this.#hidden.add(id);
      button.setAttribute('aria-pressed', String(!this.#hidden.has(id)));
      if (this.#chart) ui.showCurves(this.#chart, this.#curves, this.#hidden, this.#axes());
    } else if (action === 'add-formula') {
      const list = this.querySelector('.formula-list')!;
      const row = ui.formulaRow(list.children.length + 1, '', strings().compare);
      list.append(row);
      row.querySelector('input')!.focus();
    } else if (action === 'remove-formula') {
      button.closest('li')!.remove();
      this.#commit(read(), 'push');
      await this.#formulaFields(true);
    } else if (action === 'add-copy') {
      const id = button.dataset.id ?? '';
      const current = read();
      if (current && isActivationId(id)) this.#commit(ui.withCopy(current, id), 'push');
    } else if (action === 'remove-copy') {
      button.closest('fieldset')!.remove();
      this.#commit(read(), 'push');
    } else if (action === 'copy') void ui.copyLink(this.querySelector('.copy-status')!, strings().compare);
    else if (action === 'png' && this.#chart) {
      const visible = this.#curves.filter((c) => !this.#hidden.has(curveId(c)));
      this.dataset.exported = ui.downloadPng(this.#chart, visible, this.#state, strings().compare);
    } else if (button.dataset.sortColumn)
      ui.sortMatrix(this.querySelector('table.matrix')!, Number(button.dataset.sortColumn), button);
  };

  #onPopState = async () => {
    const { state, notices } = parseCompareState(location.search, strings());
    this.#notify(notices);
    this.#state = state;
    syncControls(this, state, curveSources(state, strings().compare), strings().compare);
    await this.#formulaFields(true);
    this.#render();
  };
}

if (!customElements.get('compare-app')) customElements.define('compare-app', CompareApp);
