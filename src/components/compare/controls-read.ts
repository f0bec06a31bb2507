/** Reading the comparison page's controls back into a state (after a change), and adding a copy of a function. */
import { getActivation, isActivationId, type ActivationId, type Params } from '../../lib/activations';
import {
  paramsOf,
  parseCompareState,
  serializeCompareState,
  type CompareState,
  type CompareStateStrings,
  type View,
} from '../../lib/compare/state';

const slidersOf = (group: HTMLElement) =>
  Object.fromEntries(
    [...group.querySelectorAll<HTMLInputElement>('input[type=range]')].map((r) => [r.name, Number(r.value)]),
  );

/**
 * Read the state back from the controls, through the URL parser so typed junk is corrected exactly as in a
 * shared link. `previous` keeps the order the functions were chosen in (it fixes the legend's order).
 */
export function readControls(
  root: HTMLElement,
  previous: readonly ActivationId[],
  t: CompareStateStrings,
): { state: CompareState | undefined; notices: readonly string[] } {
  const checked = [...root.querySelectorAll<HTMLInputElement>('input[name=fn]:checked')]
    .map((b) => b.value)
    .filter(isActivationId);
  const fns = [...previous.filter((id) => checked.includes(id)), ...checked.filter((id) => !previous.includes(id))];
  if (fns.length === 0) return { state: undefined, notices: [t.compare.chooseOne] };
  const view = (root.querySelector<HTMLInputElement>('input[name=view]:checked')?.value ?? 'function') as View;
  const params: Record<string, number> = {};
  const copies: Partial<Record<ActivationId, Params[]>> = {};
  for (const group of root.querySelectorAll<HTMLElement>('.param-group')) {
    const id = group.dataset.for as ActivationId;
    if (!fns.includes(id)) continue;
    const values = slidersOf(group);
    if (group.dataset.copy !== undefined) (copies[id] ??= []).push(values);
    else for (const [name, value] of Object.entries(values)) params[`${id}.${name}`] = value;
  }
  const custom = [...root.querySelectorAll<HTMLInputElement>('input[name=custom]')]
    .map((i) => i.value)
    .filter((v) => v.trim() !== '');
  const number = (name: string) => {
    const raw = root.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value;
    return raw.trim() === '' ? NaN : Number(raw);
  };
  const candidate: CompareState = { fns, view, xmin: number('xmin'), xmax: number('xmax'), params, copies, custom };
  return parseCompareState(serializeCompareState(candidate), t);
}

/** The state with one more copy of a function: its first curve's values with the first parameter moved ten steps. */
export function withCopy(state: CompareState, id: ActivationId): CompareState {
  const [first] = getActivation(id).params;
  if (!first) return state;
  const base = { ...paramsOf(state, id) };
  const taken = [base, ...(state.copies?.[id] ?? [])].map((p) => p[first.name]);
  let value = base[first.name]!;
  for (let k = 1; k <= 40 && taken.includes(value); k++) {
    const up = base[first.name]! + 10 * k * first.step;
    value = Number(
      (up <= first.max ? up : Math.max(first.min, base[first.name]! - 10 * k * first.step)).toPrecision(12),
    );
  }
  return {
    ...state,
    copies: { ...state.copies, [id]: [...(state.copies?.[id] ?? []), { ...base, [first.name]: value }] },
  };
}
