/**
 * The four export formats behind one call, for the page: the file's text, name and type. Loaded only when
 * the reader asks for a file, so none of it counts against the page's first load.
 */
import { jaxScript } from './jax';
import { networkJson } from './json';
import { kerasScript } from './keras';
import type { NetworkExport } from './model';
import { torchScript } from './torch';

export const exportFormats = ['torch', 'keras', 'jax', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const writers: Record<ExportFormat, (net: NetworkExport) => string> = {
  torch: torchScript,
  keras: kerasScript,
  jax: jaxScript,
  json: networkJson,
};

/** A file name from the network's name: ASCII letters, digits and dashes only. */
export function exportFileName(net: NetworkExport, format: ExportFormat): string {
  const stem =
    net.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'network';
  return format === 'json' ? `${stem}.json` : `${stem}-${format}.py`;
}

/** The file for a format; throws ExportError (with a reader-facing reason) when it cannot be written. */
export function exportFile(net: NetworkExport, format: ExportFormat): { text: string; name: string; type: string } {
  const text = writers[format](net);
  return { text, name: exportFileName(net, format), type: format === 'json' ? 'application/json' : 'text/x-python' };
}

export { ExportError } from './python';
