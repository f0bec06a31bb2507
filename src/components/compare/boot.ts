/**
 * The comparison page's first script, kept small. With no settings in the address, the page as built already
 * shows the default view (its picture, legend and caption); this only trims the page to that view as the full
 * app would (the picker folded on a phone, the matrix reduced to the chosen functions, their sliders shown)
 * and marks it ready. The app (app.ts, with the activation registry) loads at the reader's first interaction,
 * or at once when the address asks for another view; see deferred-island.ts.
 */
import { deferIsland } from '../plot/deferred-island';

const root = document.querySelector<HTMLElement>('compare-app');

if (root && !customElements.get('compare-app')) {
  const details = root.querySelector('details.picker-details');
  if (details && matchMedia('(max-width: 48rem)').matches) details.removeAttribute('open');
  const pristine = location.search === '';
  if (pristine) {
    // The built page checks the default functions; the ids are all the trimming needs, no maths.
    const chosen = new Set([...root.querySelectorAll<HTMLInputElement>('input[name=fn]:checked')].map((b) => b.value));
    for (const group of root.querySelectorAll<HTMLElement>('.param-group:not([data-copy])'))
      group.hidden = !chosen.has(group.dataset.for ?? '');
    for (const row of root.querySelectorAll<HTMLTableRowElement>('table.matrix tbody tr'))
      row.hidden = !chosen.has(row.dataset.id ?? '');
    root.dataset.ready = 'true';
  }
  deferIsland(root, 'compare-app', () => import('./app'), !pristine);
}
