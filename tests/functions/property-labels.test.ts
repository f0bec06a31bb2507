import { describe, expect, test } from 'vitest';
import { getActivation } from '../../src/lib/activations';
import { functions } from '../../src/lib/i18n/en/functions';
import {
  boundedLabel,
  matrixColumnsFor,
  saturationLabel,
  withSuperscripts,
} from '../../src/lib/functions/property-labels';

describe('withSuperscripts', () => {
  test('sets the ∞ of C∞ as a superscript and nothing else', () => {
    expect(withSuperscripts('Infinitely differentiable (C∞)')).toEqual([
      { text: 'Infinitely differentiable (C', sup: false },
      { text: '∞', sup: true },
      { text: ')', sup: false },
    ]);
  });

  test('no label prints a caret', () => {
    for (const label of Object.values(functions.labels.smoothness)) expect(label).not.toContain('^');
  });

  test('a label without C∞ stays one plain part (C¹ is already a Unicode superscript)', () => {
    expect(withSuperscripts('Once continuously differentiable (C¹)')).toEqual([
      { text: 'Once continuously differentiable (C¹)', sup: false },
    ]);
  });
});

describe('property labels take their wording from a string table', () => {
  const other = {
    ...functions.labels,
    yes: 'ja',
    no: 'nein',
    saturation: { both: 'beide', negative: 'negativ', positive: 'positiv', none: 'keine' },
    bounded: { both: 'beide', below: 'unten', above: 'oben', none: 'keine' },
    columns: { ...functions.labels.columns, monotonic: 'Monoton' },
  };

  test('English by default', () => {
    // tanh saturates on both sides and is bounded on both: the facts behind the words.
    expect(saturationLabel(getActivation('tanh').properties)).toBe('Both sides');
    expect(boundedLabel(getActivation('relu').properties)).toBe('Below');
  });

  test('another table changes the words, not the facts', () => {
    expect(saturationLabel(getActivation('tanh').properties, other)).toBe('beide');
    expect(boundedLabel(getActivation('relu').properties, other)).toBe('unten');
    const monotonic = matrixColumnsFor(other).find((column) => column.key === 'monotonic')!;
    expect(monotonic.heading).toBe('Monoton');
    expect(monotonic.text(getActivation('relu'))).toBe('ja');
    expect(monotonic.text(getActivation('gelu'))).toBe('nein');
  });

  test('the matrix words cost and a discontinuity from the table, and keeps C⁰/C¹/C∞ as notation', () => {
    const zhLike = {
      ...other,
      compact: { discontinuous: 'unstetig', cost: { ...other.compact.cost, minimal: 'winzig' } },
    };
    const columns = matrixColumnsFor(zhLike);
    const cell = (key: string, id: 'binary-step' | 'relu' | 'gelu') =>
      columns.find((column) => column.key === key)!.text(getActivation(id));
    expect(cell('smoothness', 'binary-step')).toBe('unstetig');
    expect(cell('smoothness', 'relu')).toBe('C0');
    expect(cell('smoothness', 'gelu')).toBe('C∞');
    expect(cell('cost', 'relu')).toBe('winzig');
    // English by default shows the bare words the matrix showed before it had a table.
    expect(
      matrixColumnsFor()
        .find((column) => column.key === 'cost')!
        .text(getActivation('relu')),
    ).toBe('minimal');
  });
});
