/** <softmax-explorer>: recomputes the probabilities, bars and Jacobian as the reader edits logits or T. */
import { formatNumber } from '../../lib/format/number';
import { softmax as softmaxEn } from '../../lib/i18n/en/softmax';
import { softmax as softmaxZh } from '../../lib/i18n/zh/softmax';
import { localeOf } from '../../lib/i18n/locale';
import { parseLogits, scaledOverflow, softmaxView } from '../../lib/softmax/view';

const tables = { en: softmaxEn, zh: softmaxZh };

class SoftmaxExplorer extends HTMLElement {
  connectedCallback() {
    this.addEventListener('input', this.#render);
  }

  disconnectedCallback() {
    this.removeEventListener('input', this.#render);
  }

  #render = () => {
    const t = tables[localeOf(document.documentElement.lang)];
    const text = this.querySelector<HTMLInputElement>('input[name=logits]')!;
    const slider = this.querySelector<HTMLInputElement>('input[name=temperature]')!;
    const error = this.querySelector('.error')!;
    const temperature = Number(slider.value);
    this.querySelector('.temperature output')!.textContent = formatNumber(temperature, 3);
    const parsed = parseLogits(text.value, t);
    const problem = parsed.ok ? scaledOverflow(parsed.values, temperature, t) : parsed.error;
    text.setAttribute('aria-invalid', String(problem !== undefined));
    if (!parsed.ok || problem !== undefined) {
      // Keep the last valid picture and say what is wrong.
      error.textContent = problem ?? '';
      return;
    }
    error.textContent = '';
    const view = softmaxView(parsed.values, temperature, t);
    this.querySelector('svg.bars')!.innerHTML = view.barsSvg;
    this.querySelector('table.jacobian')!.innerHTML = view.jacobianHtml;
    this.querySelector('.summary')!.textContent = view.summary;
  };
}

if (!customElements.get('softmax-explorer')) customElements.define('softmax-explorer', SoftmaxExplorer);
