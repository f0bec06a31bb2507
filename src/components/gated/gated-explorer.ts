/**
 * <gated-explorer>: a cursor on the heat maps, moved by the pointer or the arrow keys, with the values at the
 * cursor announced through aria-live. The maths loads at the first pointer or focus on a map, so the page
 * ships almost no script before someone uses it.
 */
import { START_CURSOR, cursorAt, moveCursor, type Cursor, type GatedFunctions } from '../../lib/gated/grid';
import { cursorRect } from '../../lib/gated/heatmap-svg';
import { readoutText } from '../../lib/gated/readout';

class GatedExplorer extends HTMLElement {
  #cursor: Cursor = START_CURSOR;
  #unit: Promise<GatedFunctions> | undefined;

  connectedCallback() {
    for (const box of this.querySelectorAll<HTMLElement>('.heat-box')) {
      box.tabIndex = 0; // focusable only when a script can respond to keys
      box.addEventListener('keydown', this.#onKey);
      box.addEventListener('pointermove', this.#onPointer);
      box.addEventListener('pointerdown', this.#onPointer);
      box.addEventListener('focus', this.#render);
    }
  }

  #loadUnit(): Promise<GatedFunctions> {
    // Only the gated units' file (and the gates it uses), not the whole activation registry.
    this.#unit ??= import('../../lib/activations/gated').then(({ getGated }) => getGated(this.dataset.id ?? ''));
    return this.#unit;
  }

  #onKey = (event: KeyboardEvent) => {
    const next = moveCursor(this.#cursor, event.key);
    if (!next) return;
    event.preventDefault();
    this.#cursor = next;
    void this.#render();
  };

  #onPointer = (event: PointerEvent) => {
    const svg = (event.currentTarget as HTMLElement).querySelector('svg')!;
    const frame = svg.querySelector<SVGGraphicsElement>('.frame')!.getBoundingClientRect();
    if (frame.width === 0) return;
    this.#cursor = cursorAt((event.clientX - frame.left) / frame.width, (event.clientY - frame.top) / frame.height);
    void this.#render();
  };

  #render = async () => {
    const rect = cursorRect(this.#cursor);
    for (const cursor of this.querySelectorAll('.cursor')) {
      cursor.setAttribute('x', rect.x);
      cursor.setAttribute('y', rect.y);
      cursor.setAttribute('visibility', 'visible');
    }
    const unit = await this.#loadUnit();
    const strings = JSON.parse(this.dataset.strings ?? '{}') as { readout: string };
    this.querySelector('.readout')!.textContent = readoutText(
      strings.readout,
      this.dataset.name ?? '',
      unit,
      this.#cursor,
    );
  };
}

if (!customElements.get('gated-explorer')) customElements.define('gated-explorer', GatedExplorer);
