/**
 * The chart's legend, built from DOM nodes (labels may be a reader's formula, never HTML): each entry is a
 * toggle button that shows or hides its line (aria-pressed), and a separate link to the function's page.
 */
import { compare as compareEn } from '../../lib/i18n/en/compare';
import { swatchSvg } from '../../lib/plot/palette';
import { curveId, type Curve } from './chart';

export function renderLegend(
  list: Element,
  curves: readonly Curve[],
  hidden: ReadonlySet<string>,
  t: typeof compareEn,
): void {
  list.replaceChildren(
    ...curves.map((c) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'legend-toggle';
      button.dataset.curve = curveId(c);
      button.setAttribute('aria-pressed', String(!hidden.has(curveId(c))));
      // The swatch is our own markup from fixed values; the label goes in as text.
      button.insertAdjacentHTML('afterbegin', swatchSvg(c.color, c.dash, c.series === 'df' ? 2 : 3));
      button.append(c.label);
      item.append(button);
      if (c.page) {
        const link = document.createElement('a');
        link.href = c.page;
        link.className = 'legend-page';
        link.setAttribute('aria-label', t.functionPage(c.label.replace(/ \(.*$/, '')));
        item.append(link);
      }
      return item;
    }),
  );
}
