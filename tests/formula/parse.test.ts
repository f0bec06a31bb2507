/** Precedence, associativity, number forms, Unicode operators, normalisation and simplified derivatives. */
import { describe, expect, it } from 'vitest';
import { formulaToString, parseFormula, type Formula } from '../../src/lib/formula';

const formula = (text: string): Formula => {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result;
};

describe('precedence and associativity', () => {
  it.each([
    ['2^3^2', 0, 512], // right-associative: 2^(3^2), not (2^3)^2 = 64
    ['-x^2', 3, -9], // ^ binds tighter than unary minus
    ['(-x)^2', 3, 9],
    ['-2^2', 0, -4],
    ['x^-1', 4, 0.25], // a unary exponent
    ['2^-x^2', 1, 0.5], // 2^(-(x^2))
    ['2*3+4', 0, 10],
    ['2+3*4', 0, 14],
    ['8/4/2', 0, 1], // left-associative
    ['8-4-2', 0, 2],
    ['2*x/4*x', 2, 2], // ((2x)/4)x
    ['--x', 5, 5],
    ['+x', 5, 5],
    ['-+-x', 5, 5],
    ['1.5 + .5 + 1e-3 + 2.5E+4 + 3e2 + 5.', 0, 25307.001],
    ['pi', 0, Math.PI],
    ['e', 0, Math.E],
    ['ln(e^x)', 3, 3],
    [' \t x \n * 2 ', 4, 8],
    ['2 − x × 3 ÷ 4 · 2 ⋅ 1', 2, -1],
    ['max(x, 2) + min(x, 2) + pow(x, 2)', 3, 14],
  ])('%s at x = %d is %d', (text, x, want) => {
    expect(formula(text).f(x)).toBeCloseTo(want, 12);
  });
});

describe('normalized text', () => {
  it.each([
    [' x * tanh( softplus ( x ) ) ', 'x*tanh(softplus(x))'],
    ['ln(x)', 'log(x)'],
    ['2 − x × 3 ÷ 4', '2-x*3/4'],
    ['(x+1)*(x-1)', '(x+1)*(x-1)'],
    ['x-(1-x)', 'x-(1-x)'],
    ['(x-1)-x', 'x-1-x'],
    ['x^(2^3)', 'x^2^3'],
    ['(x^2)^3', '(x^2)^3'],
    ['-(x^2)', '-x^2'],
    ['-(x*2)', '-(x*2)'],
    ['x*(-2)', 'x*(-2)'],
    ['x - -x', 'x-(-x)'],
    ['max( x , 0 )', 'max(x,0)'],
  ])('%j → %s', (text, normalized) => {
    const first = formula(text);
    expect(first.normalized).toBe(normalized);
    // The normal form parses back to the same tree.
    expect(formula(normalized).ast).toEqual(first.ast);
  });
});

describe('derivatives are simplified', () => {
  it.each([
    ['3*x', '3'],
    ['x*pi', 'pi'],
    ['x^2', '2*x'],
    ['x^3', '3*x^2'],
    ['x + 1', '1'],
    ['1 - x', '-1'],
    ['sin(x)', 'cos(x)'],
    ['cos(x)', '-sin(x)'],
    ['exp(2*x)', 'exp(2*x)*2'],
    ['log(x)', '1/x'],
    ['tanh(x)', 'sech2(x)'],
    ['sigmoid(x)', 'dsigmoid(x)'],
    ['softplus(x)', 'sigmoid(x)'],
    ['e^x', 'e^x'],
    ['2^x', '2^x*log(2)'],
    ['abs(x)', 'sign(x)'],
    ['sign(x)', '0'],
    ['7', '0'],
    ['max(0, x)', '(0>=x ? 0 : 1)'],
  ])('(%s)′ = %s', (text, derivative) => {
    expect(formulaToString(formula(text).derivative)).toBe(derivative);
  });
});
