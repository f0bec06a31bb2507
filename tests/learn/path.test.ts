import { describe, expect, it } from 'vitest';
import { countWords, neighbours, readingMinutes, validatePath } from '../../src/lib/learn/path';
import { fillTemplate } from '../../src/lib/learn/template';

const chapter = (id: string, order: number, prerequisites: string[] = []) => ({ id, order, prerequisites });

describe('validatePath', () => {
  it('sorts by order', () => {
    const sorted = validatePath([chapter('b', 2, ['a']), chapter('c', 3), chapter('a', 1)]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
  it('rejects a shared order, an unknown prerequisite and one that comes later', () => {
    expect(() => validatePath([chapter('a', 1), chapter('b', 1)])).toThrow(/share order 1/);
    expect(() => validatePath([chapter('a', 1, ['x'])])).toThrow(/unknown prerequisite "x"/);
    expect(() => validatePath([chapter('a', 1, ['b']), chapter('b', 2)])).toThrow(/comes later/);
  });
});

describe('neighbours', () => {
  const order = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives null at the ends', () => {
    expect(neighbours(order, 'a')).toEqual({ prev: null, next: { id: 'b' } });
    expect(neighbours(order, 'c')).toEqual({ prev: { id: 'b' }, next: null });
  });
  it('throws for a slug not in the path', () => {
    expect(() => neighbours(order, 'z')).toThrow(/not a chapter/);
  });
});

describe('reading time', () => {
  it('counts prose words but not imports, components, code or display maths', () => {
    const mdx = [
      "import X from './x.astro';",
      'One two three, $x^2$ four.',
      '<Exercise id="a/b" />',
      '```py\nnot counted at all\n```',
      '$$\na + b = c\n$$',
      'A [link](/functions/relu/) here.',
    ].join('\n');
    // One two three formula four A link here
    expect(countWords(mdx)).toBe(8);
  });
  it('rounds to whole minutes at 200 words a minute, never below 1', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(300)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
});

describe('fillTemplate', () => {
  it('fills known names and leaves unknown ones', () => {
    expect(fillTemplate('{solved} of {total} ({x})', { solved: 2, total: 3 })).toBe('2 of 3 ({x})');
  });
});
