import { describe, expect, test } from 'vitest';
import { canonicalSpec, expandSpec, netName, parseNets, serializeNets } from '../../../src/lib/labs/training/networks';
import {
  parseTrainingLabState,
  serializeTrainingLabState,
  TRAINING_DEFAULTS as D,
} from '../../../src/lib/labs/training/state';

describe('per-layer networks in the URL', () => {
  test('nets=relu|tanh,gelu is two networks; the last entry repeats for deeper layers', () => {
    const nets = parseNets('relu|tanh,gelu', 64, []);
    expect(nets).toEqual([['relu', 'tanh'], ['gelu']]);
    expect(expandSpec(nets[0]!, 4)).toEqual(['relu', 'tanh', 'tanh', 'tanh']);
    expect(expandSpec(nets[0]!, 1)).toEqual(['relu']);
  });

  test('trailing repeats are dropped, so one network has one spelling', () => {
    expect(canonicalSpec(['relu', 'tanh', 'tanh'])).toEqual(['relu', 'tanh']);
    expect(parseNets('relu|relu,relu', 64, [])).toEqual([['relu']]);
  });

  test('unknown layer ids are named and dropped; an emptied network disappears', () => {
    const notices: string[] = [];
    expect(parseNets('relu|zzz,qqq', 64, notices)).toEqual([['relu']]);
    expect(notices).toEqual(['Unknown functions ignored: zzz, qqq.']);
  });

  test('a network lists at most five layers', () => {
    const notices: string[] = [];
    expect(parseNets('relu|tanh|relu|tanh|relu|gelu', 64, notices)).toEqual([['relu', 'tanh', 'relu', 'tanh', 'relu']]);
    expect(notices).toHaveLength(1);
  });

  test('names read in layer order', () => {
    expect(netName(['relu', 'tanh'])).toBe('ReLU → Tanh');
    expect(netName(['custom'])).toBe('Custom');
  });

  test.each([
    ['relu,tanh', [['relu'], ['tanh']]],
    [
      'relu|tanh,gelu|selu|elu',
      [
        ['relu', 'tanh'],
        ['gelu', 'selu', 'elu'],
      ],
    ],
  ])('%s serialises back to itself', (raw, nets) => {
    expect(parseNets(raw, 64, [])).toEqual(nets);
    expect(serializeNets(nets as never)).toBe(raw);
  });
});

describe('the lab state with per-layer networks and a formula', () => {
  test('old fns= links read as one-activation networks and keep their fns= form', () => {
    const { state, notices } = parseTrainingLabState('fns=relu,gelu');
    expect(notices).toEqual([]);
    expect(state.nets).toEqual([['relu'], ['gelu']]);
    expect(serializeTrainingLabState(state)).toContain('&fns=relu,gelu&');
  });

  test('a mixed network is written as nets= and round-trips', () => {
    const { state, notices } = parseTrainingLabState('nets=relu|tanh,gelu&layers=3');
    expect(notices).toEqual([]);
    const query = serializeTrainingLabState(state);
    expect(query).toContain('&nets=relu|tanh,gelu&layers=3&');
    expect(parseTrainingLabState(query)).toEqual({ state, notices: [] });
  });

  test('nets wins over fns, with a notice', () => {
    const { state, notices } = parseTrainingLabState('nets=tanh&fns=relu');
    expect(state.nets).toEqual([['tanh']]);
    expect(notices).toHaveLength(1);
  });

  test('custom= alone adds a network with the formula to the default set, normalised and URL-encoded', () => {
    const { state, notices } = parseTrainingLabState('custom=x * tanh(log(1%2Bexp(x)))');
    expect(notices).toEqual([]);
    expect(state.nets).toEqual([...D.nets, ['custom']]);
    expect(state.custom).toBe('x*tanh(log(1+exp(x)))');
    const query = serializeTrainingLabState(state);
    expect(query).toContain('&custom=x*tanh(log(1%2Bexp(x)))&');
    expect(parseTrainingLabState(query)).toEqual({ state, notices: [] });
  });

  test('the formula can sit in one layer of a mixed network', () => {
    const { state } = parseTrainingLabState('nets=relu|custom&custom=sin(x)');
    expect(state.nets).toEqual([['relu', 'custom']]);
    expect(serializeTrainingLabState(state)).toContain('nets=relu|custom&');
  });

  test.each([
    ['x*(', 'unexpected end'],
    ['foo(x)', 'foo'],
    ["constructor.constructor('alert(1)')()", 'custom formula'],
    ['<img src=x onerror=alert(1)>', 'custom formula'],
  ])('a bad formula %s is named in a notice and its network left out', (formula, word) => {
    const { state, notices } = parseTrainingLabState(`nets=relu,custom&custom=${encodeURIComponent(formula)}`);
    expect(state.nets).toEqual([['relu']]);
    expect(state.custom).toBe('');
    expect(notices.join(' ')).toContain(word);
  });

  test('"custom" without a formula is left out with a notice', () => {
    const { state, notices } = parseTrainingLabState('nets=custom,tanh');
    expect(state.nets).toEqual([['tanh']]);
    expect(notices).toHaveLength(1);
  });
});
