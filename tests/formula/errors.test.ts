/**
 * Every malformed or hostile input gives a FormulaError with the exact message and the span to underline
 * ([start, end) in UTF-16 offsets); none throws and none is evaluated.
 */
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../src/lib/formula';

const nested = (depth: number): string => '('.repeat(depth) + 'x' + ')'.repeat(depth);
const nestedCalls = (depth: number): string => 'exp('.repeat(depth) + 'x' + ')'.repeat(depth);

const cases: [input: string, message: string, start: number, end: number][] = [
  ['x*(', 'unexpected end after `x*(`', 2, 3],
  ['foo(x)', 'unknown function `foo`', 0, 3],
  ['<img src=x onerror=alert(1)>', 'unexpected character `<` at position 1', 0, 1],
  ["constructor.constructor('alert(1)')()", 'unknown name `constructor`', 0, 11],
  ['x'.repeat(5000), 'formula is too long (max 500 characters)', 500, 5000],
  ['x+'.repeat(250) + 'x', 'formula is too long (max 500 characters)', 500, 501],
  ['', 'empty formula: type an expression in x, e.g. x*sigmoid(x)', 0, 0],
  ['   \t ', 'empty formula: type an expression in x, e.g. x*sigmoid(x)', 0, 5],
  ['x x', 'missing operator before `x` at position 3: write x*x', 2, 3],
  ['2x', 'missing operator before `x` at position 2: write 2*x', 1, 2],
  ['2 x + 1', 'missing operator before `x` at position 3: write 2*x', 2, 3],
  ['x^2 x', 'missing operator before `x` at position 5: write x^2*x', 4, 5],
  ['(x+1)(x-1)', 'missing operator before `(…)` at position 6: write (x+1)*(…)', 5, 6],
  ['2exp(x)', 'missing operator before `exp` at position 2: write 2*exp', 1, 4],
  ['(', 'unexpected end after `(`', 0, 1],
  [')', 'unexpected `)` at position 1', 0, 1],
  ['x)', 'unexpected `)` at position 2', 1, 2],
  ['(x', 'unexpected end after `(x`', 1, 2],
  [
    '1e',
    'malformed number `1e` at position 1: an exponent needs digits (e.g. 1e-3); for the constant e write 1*e',
    0,
    2,
  ],
  ['1e+', 'malformed number `1e+` at position 1: an exponent needs digits (e.g. 1e-3)', 0, 3],
  ['..5', 'malformed number `..5` at position 1', 0, 3],
  ['1.2.3', 'malformed number `1.2.3` at position 1', 0, 5],
  ['.', 'unexpected character `.` at position 1', 0, 1],
  ['x^', 'unexpected end after `x^`', 1, 2],
  ['x^ ', 'unexpected end after `x^`', 1, 2],
  ['*x', 'unexpected `*` at position 1', 0, 1],
  ['x,1', 'unexpected `,` at position 2', 1, 2],
  ['max(x)', '`max` takes 2 arguments, got 1', 0, 6],
  ['min(x, 1, 2)', '`min` takes 2 arguments, got 3', 0, 12],
  ['exp(1,2)', '`exp` takes 1 argument, got 2', 0, 8],
  ['exp()', 'unexpected `)` at position 5', 4, 5],
  ['exp', '`exp` is a function: write exp(x)', 0, 3],
  ['__proto__', 'unknown name `__proto__`', 0, 9],
  ['toString', 'unknown name `toString`', 0, 8],
  ['toString(x)', 'unknown function `toString`', 0, 8],
  ['constructor(x)', 'unknown function `constructor`', 0, 11],
  ['hasOwnProperty', 'unknown name `hasOwnProperty`', 0, 14],
  ['x.constructor', 'unexpected character `.` at position 2', 1, 2],
  ['x["constructor"]', 'unexpected character `[` at position 2', 1, 2],
  ['Exp(x)', 'unknown function `Exp`', 0, 3],
  ['X', 'unknown name `X`', 0, 1],
  ['sech2(x)', 'unknown function `sech2`', 0, 5],
  ['x ** 2', 'unexpected `*` at position 4', 3, 4],
  ['x = 1', 'unexpected character `=` at position 3', 2, 3],
  ['x;alert(1)', 'unexpected character `;` at position 2', 1, 2],
  ['`x`', 'unexpected character ``` at position 1', 0, 1],
  ['x\u0000', 'unexpected character U+0000 at position 2', 1, 2],
  ['x+😀', 'unexpected character `😀` at position 3', 2, 4],
  ['foo + <', 'unknown name `foo`', 0, 3],
  [nested(65), 'formula is nested too deeply (max 64 levels of parentheses)', 64, 65],
  [nestedCalls(65), 'formula is nested too deeply (max 64 levels of parentheses)', 259, 260],
  ['averyveryverylongname123(x)', 'unknown function `averyveryverylongna…`', 0, 24],
  ['x*(1+2+3+4+5+6+7+8+9+10', 'unexpected end after `…+2+3+4+5+6+7+8+9+10`', 22, 23],
];

describe('parseFormula rejects with a message and a span', () => {
  it.each(cases)('%j', (input, message, start, end) => {
    expect(parseFormula(input)).toEqual({ ok: false, message, start, end });
  });
});

describe('limits', () => {
  it('accepts 64 levels of parentheses and of calls', () => {
    expect(parseFormula(nested(64)).ok).toBe(true);
    const calls = parseFormula(nestedCalls(64).replaceAll('exp', 'sin'));
    expect(calls.ok && calls.f(0)).toBe(0);
  });

  it('accepts exactly 500 characters', () => {
    const text = 'x+'.repeat(249) + '2x';
    expect(text).toHaveLength(500);
    expect(parseFormula(text)).toEqual({
      ok: false,
      message: 'missing operator before `x` at position 500: write 2*x',
      start: 499,
      end: 500,
    });
    const sum = parseFormula('1+'.repeat(249) + '11');
    expect(sum.ok && sum.f(0)).toBe(260);
  });

  it('never quotes more than 20 characters of the input', () => {
    const long = 'q'.repeat(400);
    for (const input of [long, `${long}(x)`, `x*(${long.replaceAll('q', '1+')}`]) {
      const result = parseFormula(input);
      expect(result.ok).toBe(false);
      if (!result.ok)
        for (const quoted of result.message.match(/`[^`]*`/g) ?? []) expect(quoted.length).toBeLessThanOrEqual(22);
    }
  });
});
