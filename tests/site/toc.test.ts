import { describe, expect, test } from 'vitest';
import { buildToc, section } from '../../src/lib/site/toc';

describe('buildToc', () => {
  test('nests each h3 under the h2 before it, in page order', () => {
    const toc = buildToc([
      section('definition', 'Definition'),
      { depth: 2, slug: 'why', text: 'Why it exists' },
      { depth: 3, slug: 'pros', text: 'Pros' },
      { depth: 3, slug: 'cons', text: 'Cons' },
      section('code', 'In code'),
    ]);
    expect(toc.map((item) => item.slug)).toEqual(['definition', 'why', 'code']);
    expect(toc[1]!.children.map((item) => item.text)).toEqual(['Pros', 'Cons']);
    expect(toc[0]!.children).toEqual([]);
    expect(toc[2]!.children).toEqual([]);
  });

  test('leaves out h1 and h4 or deeper', () => {
    const toc = buildToc([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
    ]);
    expect(toc).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });

  test('keeps an h3 that comes before any h2, at the top level', () => {
    const toc = buildToc([
      { depth: 3, slug: 'early', text: 'Early' },
      { depth: 2, slug: 'a', text: 'A' },
    ]);
    expect(toc.map((item) => item.slug)).toEqual(['early', 'a']);
  });

  test('a page without headings has an empty table of contents', () => {
    expect(buildToc([])).toEqual([]);
  });
});
