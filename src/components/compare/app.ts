/**
 * <compare-app>: the comparison page. The state lives in the URL (lib/compare/state.ts); every control
 * change writes the URL (pushState for choices, replaceState while dragging) and redraws in place.
 */
import type { Chart as ChartType } from 'chart.js';
import { isActivationId } from '../../lib/activations';
import { curveSources, type CurveSource } from '../../lib/compare/curves';
import { parseCompareState, serializeCompareState, type CompareState } from '../../lib/compare/state';
import { compare as compareEn } from '../../lib/i18n/en/compare';
import { url as urlEn } from '../../lib/i18n/en/url';
import { localeOf } from '../../lib/i18n/locale';
import { overlayMarkup } from '../../lib/plot/svg';
import { firstInteraction } from '../plot/first-interaction';
import { showNotices } from '../site/notices';
import { createCompareChart, curveId, curvesFor, evaluatorOf, showCurves, type Curve, type Evaluator } from './chart';
import { readControls, syncControls, withCopy } from './controls';
import { downloadPng } from './export-png';
import { formulaRow, parseCached, showFormulaResult } from './formulas';
import { renderLegend } from './legend';
import { fillDataTable, sortMatrix } from './tables';

/** This page's strings, in the page's language. */
const tables = { en: { compare: compareEn, url: urlEn } };
const strings = () => tables[localeOf(document.documentElement.lang)];

class CompareApp extends HTMLElement {
  #state!: CompareState;
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
    this.#sync(true);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('click', this.#onClick);
    // A URL value between a slider's steps is shown as given; touching the slider brings its steps back.
    for (const type of ['keydown', 'pointerdown'] as const)
      this.addEventListener(type, (e) => {
        const slider = e.target as HTMLInputElement;
        if (slider.type === 'range' && slider.dataset.step) slider.step = slider.dataset.step;
      });
    window.addEventListener('popstate', this.#onPopState);
    const details = this.querySelector('details.picker-details');
    if (details && matchMedia('(max-width: 48rem)').matches) details.removeAttribute('open');
    // First the URL's view as SVG, drawn here without Chart.js; the canvas takes over once the reader acts.
    await this.#parseFormulas();
    this.#render();
    this.dataset.ready = 'true';
    await firstInteraction();
    const canvas = this.querySelector<HTMLCanvasElement>('.plot canvas')!;
    canvas.hidden = false;
    this.#chart = await createCompareChart(canvas);
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

  /** Put the state into the controls; formula fields are rebuilt only when asked (not while typing). */
  #sync(formulas: boolean) {
    syncControls(this, this.#state, curveSources(this.#state, strings().compare), strings().compare);
    if (!formulas) return;
    const list = this.querySelector('.formula-list')!;
    const texts = this.#state.custom?.length ? this.#state.custom : [''];
    list.replaceChildren(...texts.map((text, i) => formulaRow(i + 1, text, strings().compare)));
  }

  /** Parse every formula of the state (loading the parser if there is one) and mark bad ones in place. */
  async #parseFormulas() {
    const rows = [...this.querySelectorAll<HTMLLIElement>('.formula-list li')];
    for (const text of this.#state.custom ?? []) {
      const result = await parseCached(text);
      this.#formulas.set(
        text,
        result.ok ? { f: (x) => (x !== x ? x : result.f(x)), df: (x) => (x !== x ? x : result.df(x)) } : undefined,
      );
      const row = rows.find((r) => r.querySelector('input')!.value === text);
      if (row) showFormulaResult(row, text, result, strings().compare);
    }
  }

  #commit(state: CompareState | undefined, mode: 'push' | 'replace') {
    if (!state) return;
    this.#state = state;
    const url = `${location.pathname}?${serializeCompareState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.#sync(false);
    if ((state.custom ?? []).some((text) => !this.#formulas.has(text)))
      void this.#parseFormulas().then(() => this.#render());
    else this.#render();
  }

  #read(): CompareState | undefined {
    const { state, notices } = readControls(this, this.#state.fns, strings());
    this.#notify(notices);
    return state;
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
    if (this.#chart) showCurves(this.#chart, this.#curves, this.#hidden, this.#axes());
    else
      this.querySelector('.plot svg')!.innerHTML = overlayMarkup(
        this.#curves.map((c) => ({
          samples: c.samples,
          color: c.color,
          className: `w${c.width === 2.5 ? 'f' : 'd'} dash-${c.dash.join('-') || 'solid'}`,
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

  #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'range') this.#commit(this.#read(), 'replace');
    else if (input.name === 'custom') {
      const text = input.value;
      void parseCached(text).then((result) => {
        if (input.value === text) showFormulaResult(input.closest('li')!, text, result, strings().compare);
      });
    }
  };

  #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'range') this.#commit(this.#read(), 'push');
  };

  #onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const action = button.dataset.action;
    if (button.dataset.family) {
      const boxes = [
        ...this.querySelectorAll<HTMLInputElement>(`fieldset[data-family="${button.dataset.family}"] input[name=fn]`),
      ];
      const select = boxes.some((b) => !b.checked);
      boxes.forEach((b) => (b.checked = select));
      this.#commit(this.#read(), 'push');
    } else if (button.dataset.curve) {
      const id = button.dataset.curve;
      if (!this.#hidden.delete(id)) this.#hidden.add(id);
      button.setAttribute('aria-pressed', String(!this.#hidden.has(id)));
      if (this.#chart) showCurves(this.#chart, this.#curves, this.#hidden, this.#axes());
    } else if (action === 'add-formula') {
      const list = this.querySelector('.formula-list')!;
      const row = formulaRow(list.children.length + 1, '', strings().compare);
      list.append(row);
      row.querySelector('input')!.focus();
    } else if (action === 'remove-formula') {
      button.closest('li')!.remove();
      this.#commit(this.#read(), 'push');
      this.#sync(true);
      void this.#parseFormulas();
    } else if (action === 'add-copy') {
      const id = button.dataset.id ?? '';
      const current = this.#read();
      if (current && isActivationId(id)) this.#commit(withCopy(current, id), 'push');
    } else if (action === 'remove-copy') {
      button.closest('fieldset')!.remove();
      this.#commit(this.#read(), 'push');
    } else if (action === 'copy') void this.#copyLink();
    else if (action === 'png') this.#downloadPng();
    else if (button.dataset.sortColumn)
      sortMatrix(this.querySelector('table.matrix')!, Number(button.dataset.sortColumn), button);
  };

  #onPopState = () => {
    const { state, notices } = parseCompareState(location.search, strings());
    this.#notify(notices);
    this.#state = state;
    this.#sync(true);
    void this.#parseFormulas().then(() => this.#render());
  };

  async #copyLink() {
    const status = this.querySelector('.copy-status')!;
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = strings().compare.linkCopied;
    } catch {
      status.textContent = strings().compare.copyThisLink(location.href);
    }
  }

  #downloadPng() {
    if (!this.#chart) return;
    const visible = this.#curves.filter((c) => !this.#hidden.has(curveId(c)));
    this.dataset.exported = downloadPng(this.#chart, visible, this.#state, strings().compare);
  }
}

if (!customElements.get('compare-app')) customElements.define('compare-app', CompareApp);
