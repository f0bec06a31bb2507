/** The gradient-flow lab's form: write a state into the controls, and read the controls as a URL query. */
import { isActivationId } from '../../../lib/activations';
import type { FlowLabState } from '../../../lib/labs/gradient-flow/state';

/** Check, move and select the controls to show `state`; each slider's output shows the value in use. */
export function syncControls(root: HTMLElement, state: FlowLabState) {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[name=fn]'))
    box.checked = state.fns.includes(box.value as never);
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

/** The controls as the lab's query string, or undefined when no function is checked. */
export function readControls(root: HTMLElement): URLSearchParams | undefined {
  const fns = [...root.querySelectorAll<HTMLInputElement>('input[name=fn]:checked')]
    .map((b) => b.value)
    .filter(isActivationId);
  if (fns.length === 0) return undefined;
  const query = new URLSearchParams({ fns: fns.join(',') });
  for (const name of ['depth', 'width', 'seed'])
    query.set(name, root.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value);
  for (const name of ['init', 'metric'])
    query.set(name, root.querySelector<HTMLInputElement>(`input[name=${name}]:checked`)?.value ?? '');
  return query;
}
