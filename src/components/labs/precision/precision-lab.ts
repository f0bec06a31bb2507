/**
 * <precision-lab>: settings ↔ URL (Back and Forward included) and a redraw of the chart, findings and table
 * with the same view functions the build used. The computation (a few milliseconds) is loaded only when
 * the reader changes a setting or arrives with a non-default URL: the default view is already in the page.
 */
import { precision as precisionEn } from '../../../lib/i18n/en/precision';
import { precision as precisionZh } from '../../../lib/i18n/zh/precision';
import { url as urlEn } from '../../../lib/i18n/en/url';
import { url as urlZh } from '../../../lib/i18n/zh/url';
import { localeOf } from '../../../lib/i18n/locale';
import {
  parsePrecisionState,
  parseRange,
  PRECISION_DEFAULTS,
  serializePrecisionState,
  type PrecisionLabState,
} from '../../../lib/labs/precision/state';
import { showNotices } from '../../site/notices';

type Ranges = Record<string, Record<string, [number, number]>>;

const tables = { en: { precision: precisionEn, url: urlEn }, zh: { precision: precisionZh, url: urlZh } };

class PrecisionLab extends HTMLElement {
  #state: PrecisionLabState = PRECISION_DEFAULTS;
  #t = tables.en;
  #rendered = serializePrecisionState(PRECISION_DEFAULTS);
  /** Each case's default range per format, written by the build (the cases themselves load with the view). */
  #ranges: Ranges = {};

  connectedCallback() {
    this.#t = tables[localeOf(document.documentElement.lang)];
    this.#ranges = JSON.parse(this.dataset.ranges ?? '{}') as Ranges;
    this.addEventListener('change', this.#onChange);
    // Enter in a range field commits it through `change`; the form itself never submits.
    this.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    this.querySelector('button[name=reset-range]')!.addEventListener('click', this.#onReset);
    window.addEventListener('popstate', this.#load);
    this.#load();
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#load);
  }

  /** Read the state from the URL (on arrival, Back and Forward). */
  #load = () => {
    const { state, notices } = parsePrecisionState(location.search, this.#t.precision, this.#t.url);
    this.#notices(notices);
    this.#state = state;
    this.#syncControls();
    if (serializePrecisionState(state) === this.#rendered) {
      if (this.#rendered === serializePrecisionState(PRECISION_DEFAULTS)) this.#status(this.#t.precision.defaultView);
      this.dataset.ready = 'true';
    } else void this.#render();
  };

  #notices(notices: readonly string[]) {
    showNotices(this.querySelector('.notices')!, notices);
  }

  #status(text: string) {
    this.querySelector('.status')!.textContent = text;
  }

  #input(name: string): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
  }

  #syncControls() {
    const s = this.#state;
    this.querySelector<HTMLSelectElement>('select[name=fn]')!.value = s.fn;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type=radio]'))
      radio.checked = radio.value === s[radio.name as 'format' | 'measure'];
    const [lo, hi] = s.range ?? this.#ranges[s.fn]?.[s.format] ?? [NaN, NaN];
    this.#input('xmin').value = String(lo);
    this.#input('xmax').value = String(hi);
  }

  #onChange = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const notices: string[] = [];
    const form = new FormData(this.querySelector('form')!);
    const pick = <T extends string>(name: string, fallback: T) => (form.get(name) as T | null) ?? fallback;
    const fn = pick('fn', this.#state.fn);
    const format = pick('format', this.#state.format);
    let range = this.#state.range;
    // A new function starts from its own default range; a new format keeps a range the reader chose.
    if (target.name === 'fn') range = null;
    if (target.name === 'xmin' || target.name === 'xmax') {
      range = parseRange(this.#input('xmin').value, this.#input('xmax').value, notices, this.#t.precision);
      if (notices.length > 0 && range === null) range = this.#state.range;
    }
    this.#commit({ fn, format, measure: pick('measure', this.#state.measure), range }, notices);
  };

  #onReset = () => this.#commit({ ...this.#state, range: null }, []);

  #commit(state: PrecisionLabState, notices: readonly string[]) {
    // Re-read through the parser, so the URL and the page never hold a state a link could not.
    const parsed = parsePrecisionState(serializePrecisionState(state), this.#t.precision, this.#t.url);
    this.#notices([...notices, ...parsed.notices]);
    this.#state = parsed.state;
    const query = serializePrecisionState(parsed.state);
    if (query !== location.search.slice(1)) history.pushState(null, '', `${location.pathname}?${query}`);
    this.#syncControls();
    void this.#render();
  }

  async #render() {
    const key = serializePrecisionState(this.#state);
    this.dataset.busy = 'true';
    const started = performance.now();
    const { labView } = await import('../../../lib/labs/precision/view');
    if (key !== serializePrecisionState(this.#state)) return; // a newer state is on its way
    const view = labView(this.#state, this.#t.precision);
    const svg = this.querySelector('.precision-plot svg')!;
    svg.innerHTML = view.chart;
    svg.setAttribute('aria-label', view.caption);
    this.querySelector('.caption')!.textContent = view.caption;
    const findings = this.querySelector('.findings')!;
    findings.replaceChildren(
      ...view.findings.map((text) => Object.assign(document.createElement('li'), { textContent: text })),
    );
    this.querySelector('table.formats')!.innerHTML = view.table;
    this.#rendered = key;
    this.#status(this.#t.precision.computed(Math.round(performance.now() - started)));
    this.dataset.fn = this.#state.fn;
    this.dataset.format = this.#state.format;
    this.dataset.measure = this.#state.measure;
    delete this.dataset.busy;
    this.dataset.ready = 'true';
  }
}

if (!customElements.get('precision-lab')) customElements.define('precision-lab', PrecisionLab);
