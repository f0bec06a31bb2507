import { describe, expect, test } from 'vitest';
import { activationList, integerIn } from '../../src/lib/site/url-params';

describe('integerIn', () => {
  test.each([
    [null, 5, 0],
    ['7', 7, 0],
    [' 10 ', 10, 0],
    ['0', 5, 1],
    ['11', 5, 1],
    ['2.5', 5, 1],
    ['1e1', 5, 1],
    ['ten', 5, 1],
    ['', 5, 1],
  ])('reads %j in [1, 10] as %d with %d notice(s)', (raw, value, count) => {
    const notices: string[] = [];
    expect(integerIn(raw, [1, 10], 5, 'depth', notices)).toBe(value);
    expect(notices).toHaveLength(count);
    if (count) expect(notices[0]).toBe('depth must be a whole number from 1 to 10; 5 was used.');
  });
});

describe('activationList', () => {
  const read = (raw: string | null, maxListed = 64) => {
    const notices: string[] = [];
    return { fns: activationList(raw, ['relu', 'tanh'], maxListed, 'shown', notices), notices };
  };

  test('no parameter gives the defaults silently', () => {
    expect(read(null)).toEqual({ fns: ['relu', 'tanh'], notices: [] });
  });

  test('keeps known ids in order, lower-cased and without duplicates', () => {
    expect(read(' GELU, elu,gelu,,')).toEqual({ fns: ['gelu', 'elu'], notices: [] });
  });

  test('names at most five unknown entries, each cut to 40 characters', () => {
    const { fns, notices } = read(`a,b,c,d,e,f,${'x'.repeat(60)},elu`);
    expect(fns).toEqual(['elu']);
    expect(notices).toEqual(['Unknown functions ignored: a, b, c, d, e, ….']);
  });

  test('reads only the first entries of a very long list', () => {
    const { fns, notices } = read('relu,'.repeat(10) + 'gelu', 5);
    expect(fns).toEqual(['relu']);
    expect(notices[0]).toBe('Only the first 5 of 11 listed functions were read.');
  });

  test('falls back to the defaults, saying so, when nothing known is listed', () => {
    expect(read('nope').notices).toEqual([
      'Unknown function ignored: nope.',
      'No known function was listed, so the default set is shown.',
    ]);
  });
});
