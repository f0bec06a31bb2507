/**
 * The comparison page's form controls ↔ its state: checkboxes, view, range, parameter sliders (with one
 * fieldset per extra copy of a function) and formula fields.
 */
import { getActivation, isActivationId, type ActivationId, type Params } from '../../lib/activations';
import type { CurveSource } from '../../lib/compare/curves';
import {
  paramsOf,
  parseCompareState,
  serializeCompareState,
  type CompareState,
  type CompareStateStrings,
  type View,
} from '../../lib/compare/state';
import { formatNumber } from '../../lib/format/number';
import { compare as compareEn } from '../../lib/i18n/en/compare';

/** Is v off the slider's grid min + k·step (beyond rounding)? */
function offStep(slider: HTMLInputElement, v: number): boolean {
  const step = Number(slider.dataset.step ?? slider.step);
  const k = (v - Number(slider.min)) / step;
  return Number.isFinite(k) && Math.abs(k - Math.round(k)) > 1e-6;
}

/** Set a slider and its read-out to v exactly; a value between steps switches the grid off until touched. */
function setSlider(slider: HTMLInputElement, v: number) {
  slider.dataset.step ??= slider.step;
  slider.step = offStep(slider, v) ? 'any' : slider.dataset.step;
  slider.value = String(v);
  slider.nextElementSibling!.textContent = formatNumber(v, 4);
}

function setGroup(group: HTMLElement, params: Params, label: string) {
  group.querySelector('legend')!.textContent = label;
  for (const slider of group.querySelectorAll<HTMLInputElement>('input[type=range]'))
    setSlider(slider, params[slider.name] ?? Number(slider.dataset.default));
}

/** Put a state into the controls. */
export function syncControls(root: HTMLElement, s: CompareState, sources: readonly CurveSource[], t: typeof compareEn) {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[name=fn]'))
    box.checked = s.fns.includes(box.value as ActivationId);
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name=view]'))
    radio.checked = radio.value === s.view;
  root.querySelector<HTMLInputElement>('input[name=xmin]')!.value = String(s.xmin);
  root.querySelector<HTMLInputElement>('input[name=xmax]')!.value = String(s.xmax);
  for (const group of root.querySelectorAll<HTMLElement>('.param-group:not([data-copy])')) {
    const id = group.dataset.for as ActivationId;
    group.hidden = !s.fns.includes(id);
    const mine = group.hidden ? [] : sources.filter((c) => c.kind === 'fn' && c.id === id);
    let copies = [...root.querySelectorAll<HTMLElement>(`.param-group[data-copy][data-for="${id}"]`)];
    // Rebuild the copies' fieldsets only when their number changes, so a slider being dragged stays in place.
    if (copies.length !== Math.max(0, mine.length - 1)) {
      copies.forEach((c) => c.remove());
      copies = mine.slice(1).map(() => copyGroup(group, t));
      group.after(...copies);
    }
    if (group.hidden) continue;
    setGroup(group, paramsOf(s, id), mine[0]?.label ?? getActivation(id).name);
    mine.slice(1).forEach((copy, i) => {
      if (copy.kind !== 'fn') return;
      copies[i]!.dataset.copy = String(copy.copy);
      copies[i]!.querySelector('button[data-action=remove-copy]')!.textContent = t.removeCopy(copy.label);
      setGroup(copies[i]!, copy.params, copy.label);
    });
  }
  for (const row of root.querySelectorAll<HTMLTableRowElement>('table.matrix tbody tr'))
    row.hidden = !s.fns.includes(row.dataset.id as ActivationId);
}

/** A fieldset for one more copy of a function: its own fieldset cloned, with "remove" instead of "add". */
function copyGroup(group: HTMLElement, t: typeof compareEn): HTMLElement {
  const clone = group.cloneNode(true) as HTMLElement;
  clone.dataset.copy = '';
  const button = clone.querySelector<HTMLButtonElement>('button[data-action=add-copy]')!;
  button.dataset.action = 'remove-copy';
  button.textContent = t.removeCopy('');
  return clone;
}

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
