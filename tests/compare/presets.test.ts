import { expect, test } from 'vitest';
import { getActivation } from '../../src/lib/activations';
import { curveSources } from '../../src/lib/compare/curves';
import { presetHref, presets } from '../../src/lib/compare/presets';
import { parseCompareState } from '../../src/lib/compare/state';
import { comparePage } from '../../src/lib/i18n/en/compare';
import { parseFormula } from '../../src/lib/formula';

test('every preset is a clean link: no notices, a title and a note', () => {
  expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
  for (const preset of presets) {
    const { notices } = parseCompareState(preset.query);
    expect(notices, preset.id).toEqual([]);
    expect(comparePage.presets[preset.id].title.length).toBeGreaterThan(0);
    expect(presetHref(preset)).toMatch(/^\/compare\/\?fns=/);
    for (const text of parseCompareState(preset.query).state.custom ?? []) expect(parseFormula(text).ok).toBe(true);
  }
});

test('the Leaky ReLU preset shows PyTorch 0.01, tf.nn 0.2 and the Keras layer 0.3', () => {
  const query = presets.find((p) => p.id === 'leaky-slopes')!.query;
  const slopes = curveSources(parseCompareState(query).state).map((c) => (c.kind === 'fn' ? c.params['alpha'] : 0));
  expect(slopes).toEqual([0.01, 0.2, 0.3]);
});

test('the hard sigmoid preset sets Keras 2’s 0.2x + 0.5 beside relu6(x + 3)/6', () => {
  const query = presets.find((p) => p.id === 'hard-sigmoid')!.query;
  const [text] = parseCompareState(query).state.custom!;
  const keras2 = parseFormula(text!);
  if (!keras2.ok) throw new Error(keras2.message);
  // At x = 1: Keras 2 gives 0.7, relu6(4)/6 = 2/3; both saturate at 0 below −3.
  expect(keras2.f(1)).toBeCloseTo(0.7, 12);
  expect(getActivation('hard-sigmoid').f(1)).toBeCloseTo(2 / 3, 12);
  expect(keras2.f(-2.5)).toBe(0);
});
