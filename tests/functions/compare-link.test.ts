import { describe, expect, test } from 'vitest';
import { compareHref } from '../../src/lib/functions/compare-link';

describe('compareHref', () => {
  test('puts the function first, then its related functions in order', () => {
    expect(compareHref('relu', ['leaky-relu', 'gelu'])).toBe('/compare/?fns=relu,leaky-relu,gelu');
  });

  test('leaves out vector functions, which the comparison page cannot plot', () => {
    expect(compareHref('sigmoid', ['softmax', 'tanh'])).toBe('/compare/?fns=sigmoid,tanh');
  });

  test('does not repeat the function when it is listed as related too', () => {
    expect(compareHref('tanh', ['tanh', 'sigmoid'])).toBe('/compare/?fns=tanh,sigmoid');
  });

  test('a vector function gets no link', () => {
    expect(compareHref('softmax', ['sigmoid'])).toBeUndefined();
  });
});
