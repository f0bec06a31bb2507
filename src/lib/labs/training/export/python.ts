/**
 * What the three Python exporters share: numbers written so that Python reads back the very same double,
 * nested lists, and the check that a network can be written at all.
 */
import type { NetworkExport } from './model';

/**
 * A double as a Python literal that parses to the same double: JavaScript's shortest round-trip form
 * (`0.1`, `1e-7`, `1.5e+300`) is valid Python; the non-finite values need float(…).
 */
export function pyNumber(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "-float('inf')";
  return Object.is(v, -0) ? '-0.0' : String(v);
}

/** A list of numbers, or of lists, as Python source; rows on their own lines, indented. */
export function pyList(values: readonly number[]): string {
  return `[${values.map(pyNumber).join(', ')}]`;
}

export function pyMatrix(rows: readonly (readonly number[])[], indent: string): string {
  return `[\n${rows.map((r) => `${indent}    ${pyList(r)},`).join('\n')}\n${indent}]`;
}

/** A reason the network cannot be exported (a diverged network's weights are not numbers), or null. */
export function unexportable(net: NetworkExport): string | null {
  const finite = (xs: readonly number[]) => xs.every(Number.isFinite);
  const ok = net.weights.every((w) => w.every(finite)) && net.biases.every(finite);
  return ok ? null : 'this network diverged (some weights are not finite numbers), so there is nothing to export';
}

/** A one-line Python comment naming a layer's activation and its parameters. */
export function describeActivation(a: NetworkExport['activations'][number]): string {
  if (a.id === 'custom') return `f(x) = ${a.formula}`;
  const params = Object.entries(a.params).map(([k, v]) => `${k}=${v}`);
  return params.length ? `${a.id} (${params.join(', ')})` : a.id;
}

/** Thrown when a network uses something a framework has no exact equivalent for. */
export class ExportError extends Error {}
