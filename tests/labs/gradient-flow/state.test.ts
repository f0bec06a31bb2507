import { describe, expect, test } from 'vitest';
import {
  FLOW_DEFAULTS,
  flowConfigs,
  MAX_FUNCTIONS,
  parseFlowLabState,
  serializeFlowLabState,
} from '../../../src/lib/labs/gradient-flow/state';
import { layerTableHtml, summaryTableHtml } from '../../../src/lib/labs/gradient-flow/view';
import { gradientFlow } from '../../../src/lib/nn';

describe('gradient-flow lab state', () => {
  test('an empty query gives the defaults without notices', () => {
    expect(parseFlowLabState('')).toEqual({ state: FLOW_DEFAULTS, notices: [] });
  });

  test('round-trips through the URL', () => {
    const state = {
      fns: ['gelu', 'elu'] as const,
      depth: 48,
      width: 128,
      init: 'lecun' as const,
      seed: 7,
      metric: 'dead' as const,
    };
    const copy = { ...state, fns: [...state.fns] };
    expect(parseFlowLabState(serializeFlowLabState(copy)).state).toEqual(copy);
  });

  test.each([
    ['depth=0', 'depth'],
    ['depth=65', 'depth'],
    ['width=2.5', 'width'],
    ['init=orthogonal', 'initialisation'],
    ['metric=loss', 'metric'],
    ['fns=nope', 'nope'],
  ])('%s falls back to the default with a notice naming %s', (query, word) => {
    const { state, notices } = parseFlowLabState(query);
    expect(notices.join(' ')).toContain(word);
    expect(state.depth).toBe(FLOW_DEFAULTS.depth);
  });

  test(`caps the list at ${MAX_FUNCTIONS} functions`, () => {
    const { state, notices } = parseFlowLabState('fns=relu,tanh,sigmoid,elu,selu,celu,gelu,swish,mish,softplus');
    expect(state.fns).toHaveLength(MAX_FUNCTIONS);
    expect(notices).toHaveLength(1);
  });

  test("'auto' gives each function its usual initialisation; a family applies to all", () => {
    const auto = flowConfigs({ ...FLOW_DEFAULTS, fns: ['sigmoid', 'relu', 'selu'] });
    expect(auto.map((c) => c.init)).toEqual(['xavier-normal', 'he-normal', 'lecun-normal']);
    expect(flowConfigs({ ...FLOW_DEFAULTS, init: 'he' }).every((c) => c.init === 'he')).toBe(true);
  });
});

describe('gradient-flow tables', () => {
  const results = flowConfigs({ ...FLOW_DEFAULTS, depth: 6, width: 16 }).map((c) => ({
    id: c.activation,
    init: String(c.init),
    layers: gradientFlow(c),
  }));

  test('the summary has one row per function with the first ÷ last ratio', () => {
    const html = summaryTableHtml(results);
    expect(html.match(/<tr data-id=/g)).toHaveLength(4);
    expect(html).toContain('Sigmoid (xavier-normal)');
  });

  test('the per-layer table has one row per layer and one column per function', () => {
    const html = layerTableHtml(results, 'gradient');
    expect(html.match(/<th scope="row">/g)).toHaveLength(6);
    expect(html.match(/<th scope="col">/g)).toHaveLength(5);
  });
});
