import { describe, expect, test } from 'vitest';
import { activationIds } from '../../src/lib/activations';
import {
  DEFAULT_STATE,
  MAX_LISTED,
  paramValue,
  parseCompareState,
  serializeCompareState,
} from '../../src/lib/compare/state';

describe('parseCompareState', () => {
  test('reads the documented example exactly', () => {
    const { state, notices } = parseCompareState('?fns=relu,gelu,swish&view=derivative&xmin=-6&xmax=6');
    expect(state).toEqual({ fns: ['relu', 'gelu', 'swish'], view: 'derivative', xmin: -6, xmax: 6, params: {} });
    expect(notices).toEqual([]);
  });

  test('an empty query gives the defaults without notices', () => {
    expect(parseCompareState('')).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  test('drops unknown ids with a notice naming them, keeping the known ones', () => {
    const { state, notices } = parseCompareState('fns=relu,nope,gelu');
    expect(state.fns).toEqual(['relu', 'gelu']);
    expect(notices.join(' ')).toContain('nope');
  });

  test('falls back to the default set when no listed id is known', () => {
    const { state, notices } = parseCompareState('fns=foo,bar');
    expect(state.fns).toEqual(DEFAULT_STATE.fns);
    expect(notices).toHaveLength(2);
  });

  test('removes duplicates and caps a very long list', () => {
    const long = Array.from({ length: 500 }, (_, i) => activationIds[i % activationIds.length]).join(',');
    const { state, notices } = parseCompareState(`fns=${long}`);
    expect(state.fns).toEqual([...activationIds]);
    expect(notices.join(' ')).toContain(`first ${MAX_LISTED}`);
  });

  test('junk and out-of-range numbers fall back to defaults', () => {
    const { state, notices } = parseCompareState('xmin=banana&xmax=1e9&view=sideways');
    expect([state.xmin, state.xmax, state.view]).toEqual([DEFAULT_STATE.xmin, DEFAULT_STATE.xmax, DEFAULT_STATE.view]);
    expect(notices).toHaveLength(3);
  });

  test('an inverted range is swapped', () => {
    const { state, notices } = parseCompareState('xmin=4&xmax=-2');
    expect([state.xmin, state.xmax]).toEqual([-2, 4]);
    expect(notices).toHaveLength(1);
  });

  test('a range narrower than the minimum span resets to the default', () => {
    const { state } = parseCompareState('xmin=1&xmax=1');
    expect([state.xmin, state.xmax]).toEqual([DEFAULT_STATE.xmin, DEFAULT_STATE.xmax]);
  });

  test('reads parameters of listed functions and rejects out-of-range ones', () => {
    const { state, notices } = parseCompareState('fns=leaky-relu,elu&leaky-relu.alpha=0.2&elu.alpha=99&swish.beta=2');
    expect(state.params).toEqual({ 'leaky-relu.alpha': 0.2 });
    expect(paramValue(state, 'elu', 'alpha')).toBe(1);
    expect(notices.join(' ')).toContain('elu.alpha');
  });
});

describe('serializeCompareState', () => {
  test('round-trips through the parser', () => {
    const state = {
      fns: ['leaky-relu', 'swish'] as const,
      view: 'both' as const,
      xmin: -3.5,
      xmax: 8,
      params: { 'swish.beta': 2.5 },
    };
    const text = serializeCompareState({ ...state, fns: [...state.fns] });
    expect(text).toBe('fns=leaky-relu,swish&view=both&xmin=-3.5&xmax=8&swish.beta=2.5');
    expect(parseCompareState(text).state).toEqual({ ...state, fns: [...state.fns] });
  });

  test('omits parameters at their default value', () => {
    expect(serializeCompareState({ ...DEFAULT_STATE, fns: ['elu'], params: { 'elu.alpha': 1 } })).not.toContain(
      'elu.alpha',
    );
  });
});
