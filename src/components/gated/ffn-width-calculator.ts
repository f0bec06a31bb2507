/** <ffn-width-calculator>: recomputes LLaMA's hidden width and the parameter counts as the reader types. */
import { swigluHiddenWidth } from '../../lib/activations/gated';
import { ffnWidth, parseFfnInput, type CalculatorErrors, type CalculatorStrings } from '../../lib/gated/ffn-width';

class FfnWidthCalculator extends HTMLElement {
  connectedCallback() {
    this.addEventListener('input', this.#render);
  }

  disconnectedCallback() {
    this.removeEventListener('input', this.#render);
  }

  #render = () => {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as CalculatorStrings & CalculatorErrors;
    const field = (name: string) => this.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    const parsed = parseFfnInput(
      { d: field('d').value, multipleOf: field('multipleOf').value, multiplier: field('multiplier').value },
      strings,
    );
    const error = this.querySelector('.error')!;
    if (!parsed.ok) {
      // Keep the last valid result and say what is wrong.
      error.textContent = parsed.error;
      return;
    }
    error.textContent = '';
    const result = ffnWidth(parsed.value, swigluHiddenWidth, strings);
    const items = (lines: string[]) =>
      lines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      });
    this.querySelector('.steps')!.replaceChildren(...items(result.steps));
    this.querySelector('.comparison')!.replaceChildren(...items(result.comparison));
  };
}

if (!customElements.get('ffn-width-calculator')) customElements.define('ffn-width-calculator', FfnWidthCalculator);
