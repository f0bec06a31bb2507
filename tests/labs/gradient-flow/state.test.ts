import { describe, expect, test } from 'vitest';
import {
  engineConfig,
  FLOW_DEFAULTS,
  flowConfigs,
  MAX_FUNCTIONS,
  parseFlowLabState,
  serializeFlowLabState,
} from '../../../src/lib/labs/gradient-flow/state';
import { flowSvg, layerTicks } from '../../../src/lib/labs/gradient-flow/svg';
import {
  flowPlot,
  hasUndefinedRatio,
  layerTableHtml,
  summaryTableHtml,
} from '../../../src/lib/labs/gradient-flow/view';
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
    layers: gradientFlow(engineConfig(c)),
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

describe('URL values off the slider’s steps', () => {
  test.each([
    ['width=9', 8],
    ['width=12', 16],
    ['width=250', 248],
    ['width=255', 256],
  ])('%s is snapped to the width slider’s step (%i) with a notice', (query, used) => {
    const { state, notices } = parseFlowLabState(query);
    expect(state.width).toBe(used);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`${used} was used`);
  });

  test('a width on the steps passes without a notice', () => {
    expect(parseFlowLabState('width=136')).toEqual({ state: { ...FLOW_DEFAULTS, width: 136 }, notices: [] });
  });

  test('the back-propagated signal is a metric of its own', () => {
    expect(parseFlowLabState('metric=signal').state.metric).toBe('signal');
  });
});

describe('binary step: zero gradients are reported as such, never as NaN or 1', () => {
  const results = [
    {
      id: 'binary-step' as const,
      init: 'xavier-normal',
      layers: gradientFlow({ depth: 5, width: 16, init: 'xavier', activation: 'binary-step' }),
    },
  ];

  test('the summary prints "0 (no gradient)" and "—" for 0 ÷ 0, and flags the note', () => {
    const html = summaryTableHtml(results);
    expect(html).not.toContain('NaN');
    expect(html.match(/<td>0 \(no gradient\)<\/td>/g)).toHaveLength(2);
    expect(html).toContain('<td>—</td>');
    expect(hasUndefinedRatio(results)).toBe(true);
  });

  test('the per-layer table spells out the zeros', () => {
    const html = layerTableHtml(results, 'signal');
    expect(html.match(/0 \(no gradient\)/g)).toHaveLength(5);
  });

  test('the plot leaves gaps at the zeros, lists their layers, and keeps the axis free of them', () => {
    const { series, axis } = flowPlot(results, 'gradient');
    expect(series[0]!.zeros).toEqual([1, 2, 3, 4, 5]);
    expect(series[0]!.points.every((p) => Number.isNaN(p.y))).toBe(true);
    expect(axis.min).toBeGreaterThan(0);
    const svg = flowSvg(series, axis, { depth: 5, log: true, colors: ['#000'], xTitle: 'layer', yTitle: 'g' });
    expect(svg.match(/class="zero"/g)).toHaveLength(5);
  });
});

describe('the chart’s SVG', () => {
  test('the x axis runs exactly from layer 1 to the depth', () => {
    expect(layerTicks(1)).toEqual([1]);
    expect(layerTicks(20)).toEqual([1, 5, 10, 15, 20]);
    const ticks64 = layerTicks(64);
    expect(ticks64[0]).toBe(1);
    expect(ticks64.at(-1)).toBe(64);
    expect(ticks64.every((v) => Number.isInteger(v) && v >= 1 && v <= 64)).toBe(true);
  });

  test('tick labels come from the log axis', () => {
    const results = flowConfigs({ ...FLOW_DEFAULTS, depth: 12, width: 16 }).map((c) => ({
      id: c.activation,
      init: String(c.init),
      layers: gradientFlow(engineConfig(c)),
    }));
    const { series, axis } = flowPlot(results, 'signal');
    const svg = flowSvg(series, axis, { depth: 12, log: true, colors: ['#000'], xTitle: 'layer', yTitle: 's' });
    for (const tick of axis.ticks) expect(svg).toContain(`>${tick.label}</text>`);
    expect(svg).toContain('>layer</text>');
  });
});
