/**
 * Loads an island's script at the reader's first interaction (see first-interaction.ts), or at once when
 * `now` is true (the address asks for a view the build-time picture does not show). Its first script stays
 * a few hundred bytes, so the activation registry and the island's own code are not fetched before someone
 * uses the page. Whatever the reader changes or presses while the script is on its way is replayed to it
 * once its element is defined: each control gets back the value it had at that moment (the island sets its
 * controls from the address when it starts) and the same event fires again, in the original order.
 */
import { firstInteraction } from './first-interaction';

interface Early {
  readonly type: 'input' | 'change' | 'click';
  readonly target: HTMLElement;
  /** The value or checked state of a form control at the time of the event. */
  readonly value: string;
  readonly checked: boolean;
}

export function deferIsland(root: HTMLElement, tag: string, load: () => Promise<unknown>, now: boolean): void {
  const early: Early[] = [];
  const record = (event: Event) => {
    const target = event.target as HTMLElement;
    if (event.type === 'click') {
      const button = target.closest('button');
      if (button && root.contains(button)) early.push({ type: 'click', target: button, value: '', checked: false });
      return;
    }
    const control = target as HTMLInputElement;
    early.push({ type: event.type as Early['type'], target, value: control.value, checked: control.checked });
  };
  const types = ['input', 'change', 'click'] as const;
  for (const type of types) root.addEventListener(type, record, true);
  const start = async () => {
    await load();
    await customElements.whenDefined(tag);
    for (const type of types) root.removeEventListener(type, record, true);
    for (const { type, target, value, checked } of early) {
      if (type === 'click') {
        target.click();
        continue;
      }
      const control = target as HTMLInputElement;
      if (control.type === 'checkbox' || control.type === 'radio') control.checked = checked;
      else control.value = value;
      target.dispatchEvent(new Event(type, { bubbles: true }));
    }
  };
  void (now ? Promise.resolve() : firstInteraction()).then(start);
}
