/**
 * The training lab's form: put a state into its controls, and read the controls back as a query string
 * for the URL parser, so typed junk is corrected exactly as it would be in a shared link. Networks come
 * from two places: the activation checkboxes (one network with that activation in every layer) and the
 * per-layer rows (one select per hidden layer of each network, rebuilt whenever the networks or the depth
 * change).
 */
import { activations } from '../../../lib/activations';
import type { training as trainingEn } from '../../../lib/i18n/en/training';
import {
  canonicalSpec,
  expandSpec,
  netName,
  serializeNets,
  usesCustom,
  type LayerChoice,
  type NetSpec,
} from '../../../lib/labs/training/networks';
import type { TrainingLabState } from '../../../lib/labs/training/state';

type Strings = typeof trainingEn;

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
  speed: 'speed',
} as const satisfies Record<string, keyof TrainingLabState>;

const control = (root: Element, name: string) =>
  root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]:not([type=radio]):not([type=checkbox])`);

/** One select per hidden layer for each network; a 'custom' option while a formula is set. */
export function layerRows(root: Element, state: TrainingLabState, t: Strings): void {
  const list = root.querySelector<HTMLOListElement>('ol.layer-rows');
  if (!list) return;
  const key = `${serializeNets(state.nets)}/${state.layers}/${state.custom}`;
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  const choices: { value: LayerChoice; name: string }[] = activations.map((a) => ({ value: a.id, name: a.name }));
  if (state.custom) choices.push({ value: 'custom', name: t.customFormula(state.custom) });
  list.replaceChildren(
    ...state.nets.map((spec, i) => {
      const item = document.createElement('li');
      const title = document.createElement('span');
      title.textContent = netName(spec, t);
      item.append(title);
      if (state.nets.length > 1) {
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.dataset.action = 'remove-net';
        remove.dataset.net = String(i);
        remove.textContent = t.controls.remove;
        remove.setAttribute('aria-label', t.controls.removeNet(i + 1));
        title.append(' ', remove);
      }
      expandSpec(spec, state.layers).forEach((choice, l) => {
        const select = document.createElement('select');
        select.name = 'layer';
        select.dataset.net = String(i);
        select.setAttribute('aria-label', t.controls.layerSelect(i + 1, l + 1));
        for (const c of choices) select.add(new Option(c.name, c.value, false, c.value === choice));
        item.append(select);
      });
      return item;
    }),
  );
}

export function syncControls(root: Element, state: TrainingLabState, t: Strings): void {
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name=data]'))
    radio.checked = radio.value === state.dataset && root.getAttribute('data-own') === null;
  const uniform = new Set(state.nets.filter((s) => s.length === 1).map((s) => s[0]));
  for (const box of root.querySelectorAll<HTMLInputElement>('input[name=fn]'))
    box.checked = uniform.has(box.value as LayerChoice);
  for (const [name, key] of Object.entries(fields)) {
    const input = control(root, name);
    if (!input) continue;
    input.value = String(state[key]);
    const output = input.parentElement?.querySelector('output');
    if (output) output.textContent = input.value;
  }
  const formula = root.querySelector<HTMLInputElement>('input[name=formula]');
  if (formula && state.custom && document.activeElement !== formula) formula.value = state.custom;
  layerRows(root, state, t);
}

/**
 * The networks the form now asks for. A layer select changed: every row as it stands. Otherwise the
 * checkboxes: networks of one activation follow them (new ones last); mixed networks stay.
 */
function readNets(root: Element, previous: TrainingLabState, target: EventTarget | null): NetSpec[] {
  if (target instanceof HTMLButtonElement && target.dataset.action === 'remove-net')
    return previous.nets.filter((_, i) => i !== Number(target.dataset.net));
  if (target instanceof HTMLSelectElement && target.name === 'layer') {
    const rows = [...root.querySelectorAll('ol.layer-rows li')];
    return rows.map((row) =>
      canonicalSpec([...row.querySelectorAll<HTMLSelectElement>('select')].map((s) => s.value as LayerChoice)),
    );
  }
  const checked = [...root.querySelectorAll<HTMLInputElement>('input[name=fn]:checked')].map(
    (b) => b.value as LayerChoice,
  );
  const kept = previous.nets.filter((s) => s.length > 1 || checked.includes(s[0]!));
  const added = checked.filter((id) => !previous.nets.some((s) => s.length === 1 && s[0] === id)).map((id) => [id]);
  return [...kept, ...added];
}

/** The controls as a query string; `custom` is the formula to use ('' for none). */
export function readControls(
  root: Element,
  previous: TrainingLabState,
  target: EventTarget | null,
  custom = previous.custom,
): URLSearchParams {
  const nets = readNets(root, previous, target);
  const query = new URLSearchParams();
  query.set('data', root.querySelector<HTMLInputElement>('input[name=data]:checked')?.value ?? previous.dataset);
  // No network left is a choice in progress, not an error: keep the previous set.
  const chosen = nets.length ? nets : previous.nets;
  query.set('nets', serializeNets(chosen));
  // Only while a network uses it: the parser would otherwise add a network for it.
  if (custom && usesCustom(chosen)) query.set('custom', custom);
  for (const name of Object.keys(fields)) {
    const input = control(root, name);
    if (input) query.set(name, input.value);
  }
  return query;
}
