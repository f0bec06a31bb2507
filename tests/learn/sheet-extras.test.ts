/**
 * The cheat sheet's extras against the function pages: one entry per page, short uses in both languages, and
 * every framework call spelled exactly as the page's snippet (English and Chinese) spells it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogueIds, type CatalogueId } from '../../src/lib/activations';
import { sheetExtras, sheetFrameworks, type SheetFramework } from '../../src/lib/learn/sheet-extras';

type Snippets = Partial<Record<SheetFramework, string>>;

/** The `code:` block of a page's frontmatter. */
function snippets(path: string): Snippets {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  if (!match?.[1]) throw new Error(`no frontmatter in ${path}`);
  return (parse(match[1]) as { code: Snippets }).code;
}

const pages = new Map(
  catalogueIds.map((id) => [
    id,
    { en: snippets(`content/functions/${id}.md`), zh: snippets(`content/functions/zh/${id}.md`) },
  ]),
);

/** Whether `name` occurs in `code` as a whole qualified name: `ops.relu` is not found inside `ops.relu6`. */
function mentions(code: string, name: string): boolean {
  const escaped = name.replace(/[.]/g, '\\.');
  return new RegExp(`(?<![\\w.])${escaped}(?!\\w)`).test(code);
}

const cells = catalogueIds.flatMap((id) =>
  sheetFrameworks.flatMap((framework) => {
    const cell = sheetExtras[id].calls[framework];
    return cell === undefined ? [] : [{ id, framework, cell }];
  }),
);

describe('sheetExtras', () => {
  it('has exactly one entry for each of the 36 catalogue ids', () => {
    expect(catalogueIds).toHaveLength(36);
    expect(Object.keys(sheetExtras).sort()).toEqual([...catalogueIds].sort());
  });

  it.each(catalogueIds)('%s: the use is given in both languages, English in at most 70 characters', (id) => {
    const { en, zh } = sheetExtras[id].use;
    expect(en.trim()).not.toBe('');
    expect(en.length).toBeLessThanOrEqual(70);
    expect(zh.trim()).not.toBe('');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(catalogueIds)('%s: the Chinese use has no ASCII , ; : ( ) beside a Chinese character', (id) => {
    const { zh } = sheetExtras[id].use;
    expect(zh).not.toMatch(/[\u3000-\u9fff\uff00-\uffef][,;:()]|[,;:()][\u3000-\u9fff\uff00-\uffef]/);
  });

  it.each(cells)('$id, $framework: "$cell" is at most two qualified names found in both snippets', (c) => {
    const names = c.cell.split(' · ');
    expect(names.length).toBeGreaterThanOrEqual(1);
    expect(names.length).toBeLessThanOrEqual(2);
    const page = pages.get(c.id as CatalogueId);
    for (const name of names) {
      // A callable's qualified name: no arguments, no parentheses, no stray spaces.
      expect(name).toMatch(/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/);
      expect(mentions(page?.en[c.framework] ?? '', name), `${name} in the English ${c.framework} snippet`).toBe(true);
      expect(mentions(page?.zh[c.framework] ?? '', name), `${name} in the Chinese ${c.framework} snippet`).toBe(true);
    }
  });

  it('lists no call for a gated unit that every framework composes (ReGLU, GEGLU)', () => {
    expect(sheetExtras.reglu.calls).toEqual({});
    expect(sheetExtras.geglu.calls).toEqual({});
  });

  it('finds a whole qualified name only, not a longer one that starts with it', () => {
    expect(mentions('ops.relu6(x)', 'ops.relu')).toBe(false);
    expect(mentions('tf.nn.relu(x)', 'nn.relu')).toBe(false);
    expect(mentions('layer = nn.ReLU()', 'nn.ReLU')).toBe(true);
  });
});
