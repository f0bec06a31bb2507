import { describe, expect, test } from 'vitest';
import { neighbours } from '../../src/lib/site/neighbours';

const order = ['identity', 'binary-step', 'sigmoid', 'tanh', 'relu'] as const;

describe('neighbours', () => {
  test('a page in the middle has the pages before and after it', () => {
    expect(neighbours(order, 'sigmoid')).toEqual({ prev: 'binary-step', next: 'tanh' });
  });

  test('the first page has no previous page and the last no next page', () => {
    expect(neighbours(order, 'identity')).toEqual({ next: 'binary-step' });
    expect(neighbours(order, 'relu')).toEqual({ prev: 'tanh' });
  });

  test('skips ids without a built page on either side', () => {
    const built = new Set(['identity', 'sigmoid', 'relu']);
    expect(neighbours(order, 'sigmoid', (id) => built.has(id))).toEqual({ prev: 'identity', next: 'relu' });
  });

  test('the current page counts even when the predicate would drop it', () => {
    expect(neighbours(order, 'tanh', (id) => id !== 'tanh')).toEqual({ prev: 'sigmoid', next: 'relu' });
  });

  test('an id that is not in the order has no neighbours', () => {
    expect(neighbours(order as readonly string[], 'maxout')).toEqual({});
  });

  test('a one-page order has no neighbours', () => {
    expect(neighbours(['relu'], 'relu')).toEqual({});
  });
});
