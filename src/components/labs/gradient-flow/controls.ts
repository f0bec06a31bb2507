/** The gradient-flow lab's form: write a state into the controls, and read the controls as a URL query. */
import { isActivationId } from '../../../lib/activations';
import type { FlowLabState } from '../../../lib/labs/gradient-flow/state';

/**
 * Check, move and select the controls to show `state`; each slider's output shows the value in use. The
 * formula field shows the formula in use, or keeps what the reader typed (a formula that did not parse stays
 * there to be corrected, beside its message).
 */
export function syncControls(root: HTMLElement, state: FlowLabState) {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[name=fn]'))
    box.checked = box.value === 'custom' ? state.custom !== undefined : state.fns.includes(box.value as never);
  const field = root.querySelector<HTMLInputElement>('input[name=formula]');
  if (field && state.custom !== undefined) field.value = state.custom;
  for (const name of ['depth', 'width', 'seed'] as const) {
    const input = root.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    input.value = String(state[name]);
    const output = input.parentElement?.querySelector('output');
    if (output) output.textContent = input.value;
  }
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name=init], input[name=metric]')) {
    radio.checked = radio.value === state[radio.name as 'init' | 'metric'];
  }
}

/**
 * The controls as the lab's query string, or undefined when no function is checked. The formula goes in as
 * typed (`custom=`) while its box is ticked; the state then parses it.
 */
export function readControls(root: HTMLElement): URLSearchParams | undefined {
  const checked = [...root.querySelectorAll<HTMLInputElement>('input[name=fn]:checked')].map((b) => b.value);
  const fns = checked.filter(isActivationId);
  const formula = checked.includes('custom') ? root.querySelector<HTMLInputElement>('input[name=formula]')!.value : '';
  if (fns.length === 0 && formula.trim() === '') return undefined;
  const query = new URLSearchParams({ fns: fns.join(',') });
  if (formula.trim() !== '') query.set('custom', formula);
  for (const name of ['depth', 'width', 'seed'])
    query.set(name, root.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value);
  for (const name of ['init', 'metric'])
    query.set(name, root.querySelector<HTMLInputElement>(`input[name=${name}]:checked`)?.value ?? '');
  return query;
}
