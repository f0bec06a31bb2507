import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, queryFromSearch } from '../../src/lib/site/search-query';

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
