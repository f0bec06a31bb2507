/**
 * <compare-app>: the comparison page. The state lives in the URL (lib/compare-state.ts); every control
 * change writes the URL (pushState for choices, replaceState while dragging) and redraws in place.
 */
import type { Chart as ChartType } from 'chart.js';
import { getActivation, isActivationId, pageOf, type ActivationId } from '../../lib/activations';
import { parseCompareState, serializeCompareState, type CompareState, type View } from '../../lib/compare/state';
import { formatNumber } from '../../lib/format/number';
import { compare as compareEn } from '../../lib/i18n/en/compare';
import { url as urlEn } from '../../lib/i18n/en/url';
import { localeOf } from '../../lib/i18n/locale';
import { swatchSvg } from '../../lib/plot/palette';
import { overlayMarkup } from '../../lib/plot/svg';
import { firstInteraction } from '../plot/first-interaction';
import { showNotices } from '../site/notices';
import { createCompareChart, curvesFor, showCurves, type Curve } from './chart';
import { dataTableHtml, sortMatrix } from './tables';

/** This page's strings, in the page's language. */
const tables = { en: { compare: compareEn, url: urlEn } };
const strings = () => tables[localeOf(document.documentElement.lang)];

class CompareApp extends HTMLElement {
  #state!: CompareState;
  #chart: ChartType<'line', { x: number; y: number }[]> | undefined;
  #curves = new Map<ActivationId, Curve[]>();

  async connectedCallback() {
    const { state, notices } = parseCompareState(location.search, strings());
    showNotices(this.querySelector('.notices')!, notices);
    this.#state = state;
    this.#syncControls();
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('click', this.#onClick);
    window.addEventListener('popstate', this.#onPopState);
    // First the URL's view as SVG, drawn here without Chart.js; the canvas takes over once the reader acts.
    this.#render(true);
    this.dataset.ready = 'true';
    await firstInteraction();
    const canvas = this.querySelector<HTMLCanvasElement>('.plot canvas')!;
    canvas.hidden = false;
    this.#chart = await createCompareChart(canvas);
    this.querySelector('.plot svg')?.setAttribute('visibility', 'hidden');
    this.#render(false);
    this.dataset.chart = 'ready';
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
    this.#chart?.destroy();
  }

  /** Put the state into the form controls. */
  #syncControls() {
    const s = this.#state;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name=fn]'))
      box.checked = s.fns.includes(box.value as ActivationId);
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name=view]'))
      radio.checked = radio.value === s.view;
    this.querySelector<HTMLInputElement>('input[name=xmin]')!.value = String(s.xmin);
    this.querySelector<HTMLInputElement>('input[name=xmax]')!.value = String(s.xmax);
    for (const group of this.querySelectorAll<HTMLElement>('.param-group')) {
      const id = group.dataset.for as ActivationId;
      group.hidden = !s.fns.includes(id);
      for (const slider of group.querySelectorAll<HTMLInputElement>('input[type=range]')) {
        const value = s.params[`${id}.${slider.name}`] ?? Number(slider.dataset.default);
        slider.value = String(value);
        slider.nextElementSibling!.textContent = formatNumber(value, 3);
      }
    }
    for (const row of this.querySelectorAll<HTMLTableRowElement>('table.matrix tbody tr')) {
      row.hidden = !s.fns.includes(row.dataset.id as ActivationId);
    }
  }

  /** Read the state back from the controls (after a change). */
  #readControls(): CompareState | undefined {
    const checked = [...this.querySelectorAll<HTMLInputElement>('input[name=fn]:checked')]
      .map((b) => b.value)
      .filter(isActivationId);
    // Keep the order the functions were chosen in (it fixes their colours); newly checked ones go last.
    const fns = [
      ...this.#state.fns.filter((id) => checked.includes(id)),
      ...checked.filter((id) => !this.#state.fns.includes(id)),
    ];
    if (fns.length === 0) {
      showNotices(this.querySelector('.notices')!, [strings().compare.chooseOne]);
      return undefined;
    }
    const view = (this.querySelector<HTMLInputElement>('input[name=view]:checked')?.value ?? 'function') as View;
    const params: Record<string, number> = {};
    for (const slider of this.querySelectorAll<HTMLInputElement>('.param-group input[type=range]')) {
      params[`${slider.closest<HTMLElement>('.param-group')!.dataset.for}.${slider.name}`] = Number(slider.value);
    }
    const query = new URLSearchParams({
      fns: fns.join(','),
      view,
      xmin: this.querySelector<HTMLInputElement>('input[name=xmin]')!.value,
      xmax: this.querySelector<HTMLInputElement>('input[name=xmax]')!.value,
    });
    for (const [key, value] of Object.entries(params)) query.set(key, String(value));
    // Through the URL parser, so typed junk is corrected exactly as it would be in a shared link.
    const { state, notices } = parseCompareState(query, strings());
    showNotices(this.querySelector('.notices')!, notices);
    return state;
  }

  #commit(state: CompareState | undefined, mode: 'push' | 'replace') {
    if (!state) return;
    const previous = this.#state;
    this.#state = state;
    const url = `${location.pathname}?${serializeCompareState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.#syncControls();
    const resample = previous.view !== state.view || previous.xmin !== state.xmin || previous.xmax !== state.xmax;
    this.#render(resample, previous);
  }

  /** Redraw; resample only the functions whose curves changed unless everything must be. */
  #render(resampleAll: boolean, previous?: CompareState) {
    const started = performance.now();
    const s = this.#state;
    for (const id of [...this.#curves.keys()]) if (!s.fns.includes(id)) this.#curves.delete(id);
    s.fns.forEach((id, index) => {
      const params = this.#paramsOf(s, id);
      const stale =
        resampleAll ||
        !this.#curves.has(id) ||
        !previous ||
        previous.fns.indexOf(id) !== index ||
        JSON.stringify(this.#paramsOf(previous, id)) !== JSON.stringify(params);
      if (stale)
        this.#curves.set(id, curvesFor(id, index, s.view, s.xmin, s.xmax, params, strings().compare.derivativeSuffix));
    });
    const curves = s.fns.flatMap((id) => this.#curves.get(id) ?? []);
    if (this.#chart) showCurves(this.#chart, curves, s.xmin, s.xmax);
    else
      this.querySelector('.plot svg')!.innerHTML = overlayMarkup(
        curves.map((c) => ({ samples: c.samples, color: c.color, dashed: c.series === 'df' })),
        640,
        360,
      );
    this.dataset.renderMs = (performance.now() - started).toFixed(2);
    this.#renderLegend(curves);
    this.querySelector('table.data')!.innerHTML = dataTableHtml(curves);
    const label = strings().compare.caption(
      s.view,
      s.fns.map((id) => getActivation(id).name),
      s.xmin,
      s.xmax,
    );
    this.querySelector('.plot canvas')!.setAttribute('aria-label', label);
    this.querySelector('.overlay .caption')!.textContent = label;
  }

  #paramsOf(state: CompareState, id: ActivationId): Record<string, number> {
    return Object.fromEntries(
      getActivation(id).params.map((p) => [p.name, state.params[`${id}.${p.name}`] ?? p.default]),
    );
  }

  #renderLegend(curves: readonly Curve[]) {
    const legend = this.querySelector('.overlay .legend')!;
    legend.innerHTML = curves
      .map(
        (c) => `<li>${swatchSvg(c.color, c.series === 'df')}<a href="/functions/${pageOf(c.id)}/">${c.label}</a></li>`,
      )
      .join('');
  }

  #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'range') this.#commit(this.#readControls(), 'replace');
  };

  #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'range') this.#commit(this.#readControls(), 'push');
  };

  #onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    if (button.dataset.family) {
      const boxes = [
        ...this.querySelectorAll<HTMLInputElement>(`fieldset[data-family="${button.dataset.family}"] input[name=fn]`),
      ];
      const select = boxes.some((b) => !b.checked);
      boxes.forEach((b) => (b.checked = select));
      this.#commit(this.#readControls(), 'push');
    } else if (button.dataset.action === 'copy') void this.#copyLink();
    else if (button.dataset.action === 'png') this.#downloadPng();
    else if (button.dataset.sortColumn)
      sortMatrix(this.querySelector('table.matrix')!, Number(button.dataset.sortColumn), button);
  };

  #onPopState = () => {
    const { state, notices } = parseCompareState(location.search, strings());
    showNotices(this.querySelector('.notices')!, notices);
    this.#state = state;
    this.#syncControls();
    this.#render(true);
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
    const canvas = this.querySelector<HTMLCanvasElement>('.plot canvas')!;
    const link = document.createElement('a');
    link.download = `activations-${this.#state.fns.join('-')}-${this.#state.view}.png`;
    link.href = canvas.toDataURL('image/png');
    link.click();
  }
}

if (!customElements.get('compare-app')) customElements.define('compare-app', CompareApp);
