import { describe, expect, test } from 'vitest';
import { activationIds, getActivation } from '../../src/lib/activations';
import { EXCERPT_MAX, excerpt, splitTopLevel } from '../../src/lib/compare/curve-tokens';
import { curveSources } from '../../src/lib/compare/curves';
import { MAX_EXTRA, MAX_FORMULA_LENGTH, parseCompareState, serializeCompareState } from '../../src/lib/compare/state';
import { MAX_LENGTH } from '../../src/lib/formula';

describe('per-curve parameters', () => {
  test('two Leaky ReLUs with their own slopes give −0.06 and −1.8 at x = −6', () => {
    const { state, notices } = parseCompareState('fns=leaky-relu(alpha=0.01),leaky-relu(alpha=0.3)');
    expect(notices).toEqual([]);
    const curves = curveSources(state);
    expect(curves.map((c) => c.label)).toEqual(['Leaky ReLU (α = 0.01)', 'Leaky ReLU (α = 0.3)']);
    const values = curves.map((c) => (c.kind === 'fn' ? getActivation(c.id).f(-6, c.params) : NaN));
    expect(values[0]).toBeCloseTo(-0.06, 12);
    expect(values[1]).toBeCloseTo(-1.8, 12);
  });

  test('round-trips through the URL form', () => {
    const query = 'fns=leaky-relu,leaky-relu(alpha=0.2),leaky-relu(alpha=0.3),elu&view=both&xmin=-6&xmax=3';
    const { state } = parseCompareState(query);
    expect(serializeCompareState(state)).toBe(query);
    expect(parseCompareState(serializeCompareState(state)).state).toEqual(state);
  });

  test('old-style id.param values still apply, and a curve’s own value wins', () => {
    const { state } = parseCompareState('fns=leaky-relu,leaky-relu(alpha=0.5)&leaky-relu.alpha=0.2');
    const curves = curveSources(state);
    expect(curves.map((c) => (c.kind === 'fn' ? c.params['alpha'] : undefined))).toEqual([0.2, 0.5]);
  });

  test('identical repeats collapse into one curve, as before', () => {
    const { state } = parseCompareState('fns=relu,relu,leaky-relu(alpha=0.3),leaky-relu(alpha=0.3)');
    expect(curveSources(state)).toHaveLength(2);
    expect(state.copies).toBeUndefined();
  });

  test('parameters in parentheses may be separated by commas or semicolons', () => {
    expect(splitTopLevel('rrelu(lower=0.1,upper=0.2),relu')).toEqual(['rrelu(lower=0.1,upper=0.2)', 'relu']);
    const { state, notices } = parseCompareState('fns=rrelu(lower=0.1;upper=0.2)');
    expect(notices).toEqual([]);
    expect(state.params).toEqual({ 'rrelu.lower': 0.1, 'rrelu.upper': 0.2 });
  });

  test('unknown names and out-of-range values are named and ignored', () => {
    const { state, notices } = parseCompareState('fns=leaky-relu(beta=2),elu(alpha=99),relu(alpha=1');
    expect(state.fns).toEqual(['leaky-relu', 'elu']);
    expect(notices.join(' ')).toMatch(/no parameter “beta”/);
    expect(notices.join(' ')).toMatch(/elu\(alpha\) must be between 0 and 3/);
    expect(notices.join(' ')).toContain('relu(alpha=1');
  });

  test('an off-step value is kept exactly as given', () => {
    const { state } = parseCompareState('fns=leaky-relu&leaky-relu.alpha=0.123');
    expect(state.params['leaky-relu.alpha']).toBe(0.123);
  });

  test(`at most ${MAX_EXTRA} extra curves are read`, () => {
    const list = Array.from({ length: 40 }, (_, i) => `leaky-relu(alpha=${(i + 2) / 100})`).join(',');
    const { state, notices } = parseCompareState(`fns=${list}`);
    expect(curveSources(state)).toHaveLength(1 + MAX_EXTRA);
    expect(notices.join(' ')).toContain(`At most ${MAX_EXTRA} extra curves`);
  });

  test('every registry id can be listed at once, each once', () => {
    const { state } = parseCompareState(`fns=${activationIds.join(',')}`);
    expect(curveSources(state)).toHaveLength(activationIds.length);
  });
});

describe('custom formulas in the URL', () => {
  test('are kept as typed, repeatable, after the built-in curves', () => {
    const { state, notices } = parseCompareState('fns=mish&custom=x*tanh(log(1%2Bexp(x)))&custom=x');
    expect(notices).toEqual([]);
    expect(state.custom).toEqual(['x*tanh(log(1+exp(x)))', 'x']);
    expect(curveSources(state).map((c) => c.label)).toEqual(['Mish', 'x*tanh(log(1+exp(x)))', 'x']);
  });

  test('round-trip, with + escaped and parentheses readable', () => {
    const { state } = parseCompareState('fns=mish&custom=x*tanh(log(1%2Bexp(x)))');
    const text = serializeCompareState(state);
    expect(text).toBe('fns=mish&view=function&xmin=-6&xmax=6&custom=x*tanh(log(1%2Bexp(x)))');
    expect(parseCompareState(text).state).toEqual(state);
  });

  test('hostile text is only ever data: kept verbatim for the formula parser to refuse', () => {
    for (const text of ['x*(', 'foo(x)', '<img src=x onerror=alert(1)>', "constructor.constructor('alert(1)')()"]) {
      const { state } = parseCompareState(new URLSearchParams({ custom: text }));
      expect(state.custom).toEqual([text]);
      expect(state.fns.length).toBeGreaterThan(0); // the default curves stay, so the chart is never blank
    }
  });

  test('a 5,000-character formula is refused with a short, elided excerpt', () => {
    const { state, notices } = parseCompareState(new URLSearchParams({ custom: 'x+'.repeat(2500) }));
    expect(state.custom).toBeUndefined();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('5000 characters');
    expect(notices[0]!.length).toBeLessThan(120);
    expect(MAX_FORMULA_LENGTH).toBe(MAX_LENGTH);
  });

  test('excerpts are cut to a short length with an ellipsis', () => {
    expect(excerpt('a'.repeat(100_000))).toHaveLength(EXCERPT_MAX);
    expect(excerpt('a'.repeat(100_000)).endsWith('…')).toBe(true);
    expect(excerpt('ab\u0000c')).toBe('abc');
    const { notices } = parseCompareState(`fns=${'z'.repeat(100_000)},relu`);
    expect(Math.max(...notices.map((n) => n.length))).toBeLessThan(100);
  });
});
