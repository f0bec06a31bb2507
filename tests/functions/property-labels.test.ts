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
});
