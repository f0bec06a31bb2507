/**
 * Two small helpers of the lab's script: reading the formula field (an inline message, as text, for a
 * formula that does not parse) and turning an exported network into a downloaded file (the exporters are
 * loaded only now, so they never weigh on the page's first load).
 */
import { parseFormula } from '../../../lib/formula';
import type { training as trainingEn } from '../../../lib/i18n/en/training';
import type { ExportFormat } from '../../../lib/labs/training/export';
import type { NetworkExport } from '../../../lib/labs/training/export/model';

/** The normalised formula in the field, or null (empty, or wrong: then the lab's .formula-error says why). */
export function readFormula(input: HTMLInputElement, root: Element, t: typeof trainingEn): string | null {
  if (input.value.trim() === '') return null;
  const message = root.querySelector<HTMLElement>('.formula-error')!;
  const parsed = parseFormula(input.value);
  input.setAttribute('aria-invalid', String(!parsed.ok));
  if (parsed.ok) {
    message.hidden = true;
    return parsed.normalized;
  }
  // Text only, and a short excerpt, so a long or hostile input can neither inject markup nor widen the page.
  const excerpt = input.value.slice(parsed.start, Math.min(parsed.end, parsed.start + 30)) || '…';
  message.textContent = t.formula.error(parsed.message, parsed.start + 1, excerpt);
  message.hidden = false;
  return null;
}

/** Write `net` in `format` and hand it to the browser as a download; say what happened in the lab's .export-status. */
export async function downloadExport(
  net: NetworkExport,
  format: ExportFormat,
  root: Element,
  t: typeof trainingEn,
): Promise<void> {
  const status = root.querySelector<HTMLElement>('.export-status')!;
  const { exportFile, ExportError } = await import('../../../lib/labs/training/export');
  try {
    const file = exportFile(net, format);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    link.download = file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    status.textContent = t.exporting.done(file.name, net.epoch);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    status.textContent = t.exporting.refused(error.message);
  }
}
