/** The reader's formula in the gradient-flow lab: `custom=` read from and written to the URL, and its runs. */
import { describe, expect, test } from 'vitest';
import { bindFormula, parseFormula } from '../../../src/lib/formula';
import {
  engineConfig,
  FLOW_DEFAULTS,
  flowConfigs,
  formulaText,
  MAX_FUNCTIONS,
  parseFlowLabState,
  serializeFlowLabState,
} from '../../../src/lib/labs/gradient-flow/state';
import { flowPlot, layerTableHtml, resultName, summaryTableHtml } from '../../../src/lib/labs/gradient-flow/view';
import { gradientFlow } from '../../../src/lib/nn';

const read = (query: string) => parseFlowLabState(query, undefined, undefined, parseFormula);

describe('custom= in the URL', () => {
  test('a formula is read, normalised, and added after the built-in functions', () => {
    const { state, notices, formulaProblem } = read('custom=%20x%20*%20tanh(%20x%20)%20');
    expect(state).toEqual({ ...FLOW_DEFAULTS, custom: 'x*tanh(x)' });
    expect(notices).toEqual([]);
    expect(formulaProblem).toBeUndefined();
  });

  test('the URL-encoded + of the e2e link decodes to a sum', () => {
    expect(read('custom=x*tanh(log(1%2Bexp(x)))&fns=mish').state).toMatchObject({
      fns: ['mish'],
      custom: 'x*tanh(log(1+exp(x)))',
    });
  });

  test('written with +, spaces and ^ encoded, and read back to the same state', () => {
    const state = { ...FLOW_DEFAULTS, fns: ['relu' as const], custom: 'x+x^2' };
    const query = serializeFlowLabState(state);
    expect(query).toBe('fns=relu&depth=20&width=64&init=auto&seed=1&metric=gradient&custom=x%2Bx%5E2');
    expect(read(query).state).toEqual(state);
  });

  test('no formula: nothing is written, and the old URL form is unchanged', () => {
    expect(serializeFlowLabState(FLOW_DEFAULTS)).toBe(
      'fns=sigmoid,tanh,relu,selu&depth=20&width=64&init=auto&seed=1&metric=gradient',
    );
  });

  test('a formula that does not parse is left out, with the parser’s message and span; the rest is kept', () => {
    const { state, notices, formulaProblem } = read('fns=gelu&custom=x*(');
    expect(state).toEqual({ ...FLOW_DEFAULTS, fns: ['gelu'] });
    expect(state).not.toHaveProperty('custom');
    expect(notices).toEqual([]);
    // Independently: the text ends inside the parentheses just opened, at offsets 2…3.
    expect(formulaProblem).toEqual({
      text: 'x*(',
      message: expect.stringContaining('unexpected end'),
      start: 2,
      end: 3,
    });
  });

  test('implicit multiplication is refused with the parser’s hint', () => {
    expect(read('custom=2x').formulaProblem?.message).toContain('write 2*x');
  });

  test('without the parser (none was expected) a formula is ignored, and an empty one needs none', () => {
    expect(parseFlowLabState('custom=x').state).toEqual(FLOW_DEFAULTS);
    expect(formulaText('custom=%20%20')).toBeUndefined();
    expect(formulaText('fns=relu')).toBeUndefined();
    expect(formulaText('custom=%20x')).toBe('x');
  });

  test('an empty fns= with a formula runs the formula alone; without one it falls back to the defaults', () => {
    expect(read('fns=&custom=x').state).toMatchObject({ fns: [], custom: 'x' });
    expect(read('fns=').state.fns).toEqual(FLOW_DEFAULTS.fns);
    expect(read('fns=&custom=x*(').state.fns).toEqual(FLOW_DEFAULTS.fns);
  });

  test('the formula counts towards the limit on functions', () => {
    const fns = 'sigmoid,tanh,relu,selu,gelu,elu,swish,mish';
    const { state, notices } = read(`fns=${fns}&custom=x`);
    expect(state.fns).toHaveLength(MAX_FUNCTIONS - 1);
    expect(notices).toHaveLength(1);
    expect(read(`fns=${fns}`).state.fns).toHaveLength(MAX_FUNCTIONS);
  });
});

describe('runs of the formula', () => {
  test('its config comes last, carries the text, and takes Xavier under auto', () => {
    const configs = flowConfigs({ ...FLOW_DEFAULTS, fns: ['relu'], custom: 'x*tanh(x)' });
    expect(configs.map((c) => [c.activation, c.init, c.formula])).toEqual([
      ['relu', 'he-normal', undefined],
      ['custom', 'xavier-normal', 'x*tanh(x)'],
    ]);
    expect(flowConfigs({ ...FLOW_DEFAULTS, init: 'lecun', custom: 'x' }).at(-1)!.init).toBe('lecun');
  });

  test('the engine refuses a formula it was not given parsed', () => {
    const [config] = flowConfigs({ ...FLOW_DEFAULTS, fns: [], custom: 'x' });
    expect(() => engineConfig(config!)).toThrow(/not parsed/);
  });

  test('x·tanh(log(1 + eˣ)) is Mish: the same per-layer numbers as the built-in, to 1e-9', () => {
    const state = { ...FLOW_DEFAULTS, fns: ['mish' as const], depth: 8, width: 16, init: 'he' as const };
    const parsed = parseFormula('x*tanh(log(1+exp(x)))');
    if (!parsed.ok) throw new Error(parsed.message);
    const [mish, custom] = flowConfigs({ ...state, custom: parsed.normalized });
    const a = gradientFlow(engineConfig(mish!));
    const b = gradientFlow(engineConfig(custom!, { formula: parsed.normalized, bound: bindFormula(parsed) }));
    for (let l = 0; l < 8; l++) {
      for (const key of ['weightGradNorm', 'signalNorm', 'mean', 'std'] as const)
        expect(b[l]![key]).toBeCloseTo(a[l]![key], 9);
      expect(b[l]!.deadShare).toBe(a[l]!.deadShare);
    }
    // |x| is a different function: its numbers must differ, or this comparison would prove nothing.
    const abs = parseFormula('abs(x)');
    if (!abs.ok) throw new Error(abs.message);
    const c = gradientFlow(engineConfig(custom!, { formula: 'abs(x)', bound: bindFormula(abs) }));
    expect(c[0]!.weightGradNorm).not.toBeCloseTo(a[0]!.weightGradNorm, 3);
  });

  test('named "f(x) = …" in the legend and the tables', () => {
    const result = {
      id: 'custom' as const,
      formula: 'x*tanh(x)',
      init: 'xavier',
      layers: gradientFlow({ activation: 'tanh', depth: 2, width: 8, init: 'xavier' }),
    };
    expect(resultName(result)).toBe('f(x) = x*tanh(x)');
    expect(flowPlot([result], 'gradient').series[0]!.name).toBe('f(x) = x*tanh(x)');
    expect(summaryTableHtml([result])).toContain('<tr data-id="custom"><th scope="row">f(x) = x*tanh(x) (xavier)</th>');
    expect(layerTableHtml([result], 'std')).toContain('<th scope="col">f(x) = x*tanh(x)</th>');
  });
});
