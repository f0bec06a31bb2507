/**
 * A chart's parameter sliders as the built page wrote them (name, label, default, bounds, step), so the
 * address can be read and written before the activation registry has loaded.
 */
import type { SliderSpec } from '../../lib/functions/chart-state';

export function sliderSpecs(root: Element): SliderSpec[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[type=range]')].map((input) => ({
    name: input.name,
    label: input.closest('label')?.querySelector('span')?.textContent ?? input.name,
    default: Number(input.dataset.default),
    min: Number(input.min),
    max: Number(input.max),
    step: Number(input.step),
  }));
}
