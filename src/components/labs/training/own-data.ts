/**
 * "Your own data": CSV pasted into a text box, chosen as a file or dropped on the box, read here in the
 * browser (never uploaded) by lib/labs/training/csv.ts. A bad file leaves the lab as it was and names its
 * bad lines, as text.
 */
import type { training as trainingEn } from '../../../lib/i18n/en/training';
import { parseCsv } from '../../../lib/labs/training/csv';
import type { Dataset } from '../../../lib/nn';

/** The reader's points for the lab, while they are used (the lab carries data-own then). */
export class OwnData {
  data: Dataset | undefined;
  #root: HTMLElement;
  #box: HTMLElement;
  #t: typeof trainingEn;
  #onChange: () => void;

  /** `onChange` runs when the reader's points are taken up or dropped (from this box's buttons). */
  constructor(root: HTMLElement, t: typeof trainingEn, onChange: () => void) {
    this.#root = root;
    this.#box = root.querySelector('.own-data')!;
    this.#t = t;
    this.#onChange = onChange;
    this.#box.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-csv]');
      if (button?.dataset.csv === 'use') this.#read(this.#text().value);
      if (button?.dataset.csv === 'clear') {
        this.clear();
        this.#onChange();
      }
    });
    this.#box.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.type === 'file' ? input.files?.[0] : undefined;
      if (file) void this.#readFile(file);
    });
    this.#box.addEventListener('dragover', (event) => event.preventDefault());
    this.#box.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void this.#readFile(file);
    });
  }

  #text = () => this.#box.querySelector<HTMLTextAreaElement>('textarea')!;

  async #readFile(file: File) {
    // A few thousand rows are well under a megabyte; anything far larger is not such a file.
    if (file.size > 2_000_000) return this.#show([this.#t.own.tooLarge]);
    const text = await file.text();
    this.#text().value = text;
    this.#read(text);
  }

  #read(text: string) {
    const result = parseCsv(text, this.#t.csv);
    if (!result.ok) return this.#show(result.errors);
    this.#show([]);
    this.#box.querySelector('.csv-status')!.textContent = this.#t.own.using(result.data.count);
    this.#box.querySelector<HTMLButtonElement>('button[data-csv=clear]')!.hidden = false;
    this.data = result.data;
    this.#root.toggleAttribute('data-own', true);
    this.#onChange();
  }

  /** The error lines, as text (never HTML); none hides the list. */
  #show(errors: readonly string[]) {
    const list = this.#box.querySelector<HTMLUListElement>('.csv-errors')!;
    list.replaceChildren(
      ...errors.map((e) => {
        const item = document.createElement('li');
        item.textContent = e;
        return item;
      }),
    );
    list.hidden = errors.length === 0;
  }

  /** Back to the built-in datasets (the caller reconfigures the run). */
  clear() {
    this.data = undefined;
    this.#root.toggleAttribute('data-own', false);
    this.#show([]);
    this.#box.querySelector('.csv-status')!.textContent = '';
    this.#box.querySelector<HTMLButtonElement>('button[data-csv=clear]')!.hidden = true;
  }
}
