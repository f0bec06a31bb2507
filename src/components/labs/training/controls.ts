/**
 * The training lab's form: put a state into its controls, and read the controls back as a query string
 * for the URL parser, so typed junk is corrected exactly as it would be in a shared link.
 */
import type { ActivationId } from '../../../lib/activations';
import type { TrainingLabState } from '../../../lib/labs/training/state';

/** Controls whose name is the URL key and whose value is the state's value as text. */
const fields = {
  noise: 'noise',
  layers: 'layers',
  width: 'width',
  opt: 'optimizer',
  lr: 'learningRate',
  batch: 'batch',
  epochs: 'epochs',
  init: 'init',
  seed: 'seed',
} as const satisfies Record<string, keyof TrainingLabState>;

const control = (root: Element, name: string) =>
  root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]:not([type=radio]):not([type=checkbox])`);

export function syncControls(root: Element, state: TrainingLabState): void {
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name=data]'))
    radio.checked = radio.value === state.dataset;
  for (const box of root.querySelectorAll<HTMLInputElement>('input[name=fn]'))
    box.checked = state.fns.includes(box.value as ActivationId);
  for (const [name, key] of Object.entries(fields)) {
    const input = control(root, name);
    if (!input) continue;
    input.value = String(state[key]);
    const output = input.parentElement?.querySelector('output');
    if (output) output.textContent = input.value;
  }
}

/** The controls as a query string; the functions keep the order they were chosen in, new ones last. */
export function readControls(root: Element, previous: TrainingLabState): URLSearchParams {
  const checked = [...root.querySelectorAll<HTMLInputElement>('input[name=fn]:checked')].map(
    (b) => b.value as ActivationId,
  );
  const fns = [
    ...previous.fns.filter((id) => checked.includes(id)),
    ...checked.filter((id) => !previous.fns.includes(id)),
  ];
  const query = new URLSearchParams();
  query.set('data', root.querySelector<HTMLInputElement>('input[name=data]:checked')?.value ?? previous.dataset);
  // No function checked is a choice in progress, not an error: keep the previous set.
  query.set('fns', (fns.length ? fns : previous.fns).join(','));
  for (const name of Object.keys(fields)) {
    const input = control(root, name);
    if (input) query.set(name, input.value);
  }
  return query;
}
