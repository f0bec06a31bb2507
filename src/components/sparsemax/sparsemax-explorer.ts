/** <sparsemax-explorer>: recomputes τ, the support and both distributions as the reader edits the logits. */
import { softmax } from '../../lib/activations/softmax';
import { sparsemax } from '../../lib/activations/sparsemax';
import { parseLogits } from '../../lib/softmax/view';
import { sparsemaxView, type SparsemaxStrings } from '../../lib/sparsemax/view';

class SparsemaxExplorer extends HTMLElement {
  connectedCallback() {
    this.addEventListener('input', this.#render);
  }

  disconnectedCallback() {
    this.removeEventListener('input', this.#render);
  }

  #render = () => {
    const text = this.querySelector<HTMLInputElement>('input[name=logits]')!;
    const error = this.querySelector('.error')!;
    const parsed = parseLogits(text.value);
    text.setAttribute('aria-invalid', String(!parsed.ok));
    if (!parsed.ok) {
      // Keep the last valid picture and say what is wrong.
      error.textContent = parsed.error;
      return;
    }
    error.textContent = '';
    const strings = JSON.parse(this.dataset.strings ?? '{}') as SparsemaxStrings;
    const view = sparsemaxView(parsed.values, sparsemax(parsed.values), softmax(parsed.values), strings);
    this.querySelector('svg.line')!.innerHTML = view.lineSvg;
    this.querySelector('svg.bars')!.innerHTML = view.barsSvg;
    this.querySelector('.summary')!.textContent = view.summary;
  };
}

if (!customElements.get('sparsemax-explorer')) customElements.define('sparsemax-explorer', SparsemaxExplorer);
