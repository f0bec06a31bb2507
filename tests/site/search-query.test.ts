import { describe, expect, test } from 'vitest';
import { coversQuery, MAX_QUERY_LENGTH, queryFromSearch } from '../../src/lib/site/search-query';

describe('queryFromSearch', () => {
  test('reads q from the query string, decoding it', () => {
    expect(queryFromSearch('?q=dead+neurons')).toBe('dead neurons');
    expect(queryFromSearch('?q=%E2%80%9Cgelu%E2%80%9D')).toBe('“gelu”');
  });

  test('is empty without q', () => {
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?x=1')).toBe('');
  });

  test('cuts a 20,000-character query to the cap', () => {
    expect(queryFromSearch(`?q=${'a'.repeat(20000)}`)).toBe('a'.repeat(200));
    expect(MAX_QUERY_LENGTH).toBe(200);
  });

  test('does not cut an emoji in half at the cap', () => {
    // 199 letters then a two-unit emoji: the emoji would straddle the cap, so it is dropped whole.
    const query = queryFromSearch(`?q=${'a'.repeat(199)}${encodeURIComponent('😀')}b`);
    expect(query).toBe('a'.repeat(199));
  });
});

describe('coversQuery', () => {
  test('a page that contains every word of the query covers it, whatever the case', () => {
    expect(coversQuery('Dead neurons', 'Also called: dead neurons, dying units.')).toBe(true);
    expect(coversQuery('ReLU', 'The rectified linear unit, relu(x) = max(0, x).')).toBe(true);
  });

  test('a plural in the query is covered by the singular in the page', () => {
    expect(coversQuery('sparse activations', 'ReLU gives a sparse activation pattern.')).toBe(true);
  });

  test('a word that only begins like the query does not cover it ("max" is not "maxout")', () => {
    expect(coversQuery('maxout', 'relu(x) = max(0, x), the maximum of zero and x.')).toBe(false);
  });

  test('one missing word of several is enough to fail', () => {
    expect(coversQuery('dead neurons', 'A dead unit never recovers.')).toBe(false);
  });
});
