import { describe, expect, it } from 'vitest';
import { checkChoice, checkNumeric, parseAnswer, withinTolerance } from '../../src/lib/learn/check';

describe('parseAnswer', () => {
  it.each([
    ['0.25', 0.25],
    ['  -3 ', -3],
    ['−0.5', -0.5],
    ['1e-6', 1e-6],
    ['1E+3', 1000],
    ['.5', 0.5],
    ['0,25', 0.25],
    ['1×10^-6', 1e-6],
    ['2*10^(3)', 2000],
    ['10^-6', 1e-6],
    ['50%', 0.5],
    ['1 000', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseAnswer(text)).toBeCloseTo(value, 15);
  });

  it.each(['', 'abc', '1.2.3', '1,000.5,2', '--1', 'e5', '1e', 'NaN', 'Infinity', '0x10'])('rejects %j', (text) => {
    expect(parseAnswer(text)).toBeNaN();
  });
});

describe('withinTolerance', () => {
  it('accepts the edge of an absolute tolerance and rejects just past it', () => {
    expect(withinTolerance(0.25, 0.2, { abs: 0.05 + 1e-12 })).toBe(true);
    expect(withinTolerance(0.2501, 0.2, { abs: 0.05 })).toBe(false);
  });
  it('scales a relative tolerance with the key', () => {
    expect(withinTolerance(1010, 1000, { rel: 0.01 })).toBe(true);
    expect(withinTolerance(1011, 1000, { rel: 0.01 })).toBe(false);
  });
  it('takes the larger of the two tolerances', () => {
    expect(withinTolerance(0.0009, 0, { abs: 0.001, rel: 0.5 })).toBe(true);
  });
  it('never accepts a non-finite answer', () => {
    expect(withinTolerance(Number.NaN, 0, { abs: 1 })).toBe(false);
    expect(withinTolerance(Infinity, Infinity, { abs: 1 })).toBe(false);
  });
  it('with no tolerance, accepts only the exact key', () => {
    expect(withinTolerance(2, 2, {})).toBe(true);
    expect(withinTolerance(2 + 2 ** -51, 2, {})).toBe(false);
  });
});

describe('checkNumeric and checkChoice', () => {
  it('tells an unreadable answer from a wrong one', () => {
    expect(checkNumeric('twelve', 12, { abs: 0 })).toBe('invalid');
    expect(checkNumeric('13', 12, { abs: 0.5 })).toBe('wrong');
    expect(checkNumeric('12.4', 12, { abs: 0.5 })).toBe('right');
  });
  it('needs a choice, and only the key is right', () => {
    expect(checkChoice(null, 1)).toBe('invalid');
    expect(checkChoice(-1, 1)).toBe('invalid');
    expect(checkChoice(0, 1)).toBe('wrong');
    expect(checkChoice(1, 1)).toBe('right');
  });
});
