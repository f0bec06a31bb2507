/**
 * The comparison page's form controls ↔ its state: checkboxes, view, range, parameter sliders (with one
 * fieldset per extra copy of a function), set from a state; controls-read.ts reads them back.
 */
import { getActivation, type ActivationId, type Params } from '../../lib/activations';
import type { CurveSource } from '../../lib/compare/curves';
import { paramsOf, type CompareState } from '../../lib/compare/state';
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
