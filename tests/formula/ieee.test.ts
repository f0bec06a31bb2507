/** IEEE behaviour, kink conventions, and the adapters the training engine and the pages consume. */
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../src/lib/activations';
import { bindFormula, formulaActivation, parseFormula, type Formula } from '../../src/lib/formula';
import { backward, createMlp, createWorkspace, forward, headLoss } from '../../src/lib/nn';

const formula = (text: string): Formula => {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result;
};

describe('IEEE values', () => {
  it('log(0) = −∞, log′(0) = +∞, log(−1) = NaN, sqrt(−1) = NaN', () => {
    expect(formula('log(x)').f(0)).toBe(-Infinity);
    expect(formula('log(x)').df(0)).toBe(Infinity);
    expect(formula('log(x)').f(-1)).toBeNaN();
    expect(formula('sqrt(x)').f(-1)).toBeNaN();
    expect(formula('sqrt(x)').df(0)).toBe(Infinity);
  });

  it('1/x is ±∞ at ±0, exp overflows to ∞, 0/0 is NaN', () => {
    expect(formula('1/x').f(0)).toBe(Infinity);
    expect(formula('1/x').f(-0)).toBe(-Infinity);
    expect(formula('exp(x)').f(1000)).toBe(Infinity);
    expect(formula('x/x').f(0)).toBeNaN();
  });

  it('constants have structural zero derivatives, so no 0·∞ or 0·NaN appears', () => {
    expect(formula('3*x').df(Infinity)).toBe(3);
    expect(formula('x^2').df(-3)).toBe(-6);
    expect(formula('x^3').df(-Infinity)).toBe(Infinity);
    expect(formula('x + log(2)').df(-5)).toBe(1);
  });

  it('evaluates at ±∞ rather than taking limits: x·e^{−x} at ∞ is ∞·0 = NaN', () => {
    expect(formula('x*exp(-x)').f(Infinity)).toBeNaN();
    expect(formula('sigmoid(x)').f(-Infinity)).toBe(0);
    expect(formula('softplus(x)').f(Infinity)).toBe(Infinity);
  });

  it('1/x has a finite derivative where x² would overflow', () => {
    expect(formula('1/x').df(1e200)).toBe(-0);
    expect(formula('1/x').df(1e-200)).toBe(-Infinity);
    expect(formula('1/x').df(2)).toBe(-0.25);
  });
});

describe('kinks', () => {
  it('abs′(0) = 0, sign′ = 0', () => {
    expect(formula('abs(x)').df(0)).toBe(0);
    expect(formula('abs(x)').df(-2)).toBe(-1);
  });

  it('max(0, x) is relu, derivative included (0 at 0); max(x, 0) gives the first argument the tie', () => {
    const relu = getActivation('relu');
    const max = formula('max(0, x)');
    for (const x of [-3, -1e-300, -0, 0, 1e-300, 2.5]) {
      expect(max.f(x)).toBe(relu.f(x));
      expect(max.df(x)).toBe(relu.df(x));
    }
    expect(formula('max(x, 0)').df(0)).toBe(1);
    expect(formula('min(0, x)').df(0)).toBe(0);
    expect(formula('max(log(x), 0)').df(Number.NaN)).toBeNaN();
  });
});

describe('adapters', () => {
  it('bindFormula returns NaN for NaN even for a formula that ignores x', () => {
    const bound = bindFormula(formula('1'));
    expect(bound.params).toEqual({});
    expect(bound.f(2)).toBe(1);
    expect(bound.f(Number.NaN)).toBeNaN();
    expect(bound.df(Number.NaN)).toBeNaN();
  });

  it('formulaActivation has an id custom:n, the text as its name, and bind() equal to its f and df', () => {
    const activation = formulaActivation(formula(' x*sigmoid(x) '), 3);
    expect(activation).toMatchObject({
      id: 'custom:3',
      name: ' x*sigmoid(x) ',
      normalized: 'x*sigmoid(x)',
      family: 'smooth',
    });
    expect(activation.bind().f(1.5)).toBe(activation.f(1.5));
    expect(activation.df(0)).toBe(0.5);
  });

  it('a network with max(0, x) bound in place of relu computes the same loss and gradients, bit for bit', () => {
    const net = createMlp({ sizes: [2, 6, 1], activation: 'relu', seed: 7 });
    const custom = { ...net, bound: bindFormula(formula('max(0, x)')) };
    const x = Float64Array.from([0.3, -1.2, 2.0, 0.5, -0.7, -0.1, 0, 0]);
    const y = [1, 0, 1, 0];
    const run = (n: typeof net) => {
      const ws = createWorkspace(n, 4);
      forward(n, ws, x, 4);
      const loss = headLoss(n, ws, y, 4, true);
      backward(n, ws, x, 4);
      return { loss, grads: ws.gradW.map((g) => Array.from(g)) };
    };
    expect(run(custom)).toEqual(run(net));
  });
});
