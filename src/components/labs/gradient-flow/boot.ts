/**
 * The gradient-flow lab's first script, kept small. With no settings in the address, the page as built
 * already shows the default run (picture, legend, tables); this says so in the status line and marks the lab
 * ready. The lab (lab.ts: the worker, the activation registry, the chart) loads at the reader's first
 * interaction, or at once when the address asks for another run; see deferred-island.ts.
 */
import { deferIsland } from '../../plot/deferred-island';

const root = document.querySelector<HTMLElement>('gradient-flow-lab');

if (root && !customElements.get('gradient-flow-lab')) {
  const pristine = location.search === '';
  if (pristine) {
    const status = root.querySelector<HTMLElement>('.status');
    // The page's own wording, set at build time, so this script needs no string table.
    if (status) status.textContent = status.dataset.pristine ?? '';
    root.dataset.ready = 'true';
  }
  deferIsland(root, 'gradient-flow-lab', () => import('./lab'), !pristine);
}
