/**
 * The training lab's first script, kept small: the page as built already shows the default run at epoch 0
 * (tables, legend, points); this paints its heat-maps and marks the lab ready. The lab itself (lab.ts: the
 * form, the worker, the charts, formulas, CSV and export) loads at the reader's first interaction, or at
 * once when the address asks for another run than the one built. Changes and button presses made in the
 * moment before it arrives are replayed to it, so none is lost.
 */
import { fromBase64 } from '../../../lib/labs/training/plot';
import { firstInteraction } from '../../plot/first-interaction';
import { drawHeatmap, heatColors } from './heatmap';

const root = document.querySelector<HTMLElement>('training-lab');

if (root && !customElements.get('training-lab')) {
  const pristine = location.search === '' || location.search === `?${root.dataset.built}`;
  if (pristine) {
    const lut = heatColors(root);
    for (const map of root.querySelectorAll<HTMLElement>('.maps .map[data-grid]'))
      drawHeatmap(map.querySelector('canvas')!, fromBase64(map.dataset.grid!), lut);
    root.dataset.epoch = '0';
    root.dataset.ready = 'true';
  }
  const early: Event[] = [];
  const record = (event: Event) => {
    if (event.type === 'change' || (event.target as Element).closest('button')) early.push(event);
  };
  root.addEventListener('change', record, true);
  root.addEventListener('click', record, true);
  const load = async () => {
    await import('./lab');
    await customElements.whenDefined('training-lab');
    root.removeEventListener('change', record, true);
    root.removeEventListener('click', record, true);
    for (const event of early) {
      const target = event.target as HTMLElement;
      if (event.type === 'click') target.closest('button')!.click();
      else target.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
  if (pristine) void firstInteraction().then(load);
  else void load();
}
