/** <softmax-explorer>: recomputes the probabilities, bars and Jacobian as the reader edits logits or T. */
import { formatNumber } from '../../lib/format/number';
import { softmax as softmaxEn } from '../../lib/i18n/en/softmax';
import { localeOf } from '../../lib/i18n/locale';
import { parseLogits, softmaxView } from '../../lib/softmax/view';

const tables = { en: softmaxEn };

class SoftmaxExplorer extends HTMLElement {
  connectedCallback() {
    this.addEventListener('input', this.#render);
  }

  disconnectedCallback() {
    this.removeEventListener('input', this.#render);
  }

  #render = () => {
    const text = this.querySelector<HTMLInputElement>('input[name=logits]')!;
    const slider = this.querySelector<HTMLInputElement>('input[name=temperature]')!;
    const error = this.querySelector('.error')!;
    const temperature = Number(slider.value);
    this.querySelector('.temperature output')!.textContent = formatNumber(temperature, 3);
    const t = tables[localeOf(document.documentElement.lang)];
    const parsed = parseLogits(text.value, t);
    text.setAttribute('aria-invalid', String(!parsed.ok));
    if (!parsed.ok) {
      // Keep the last valid picture and say what is wrong.
      error.textContent = parsed.error;
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
