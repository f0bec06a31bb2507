import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryEntries } from '../../src/lib/glossary/entries';
import { glossary } from '../../src/lib/i18n/glossary';

const contentRoot = join(__dirname, '../../content');
const sections = ['learn', 'guides', 'functions'] as const;

/** The prose of a content file: frontmatter, fenced code, maths, inline code, imports, tags and headings removed. */
function prose(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/^#{1,6} .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ');
}

function pages(lang: 'en' | 'zh'): string[] {
  return sections.flatMap((section) => {
    const dir = lang === 'zh' ? join(contentRoot, section, 'zh') : join(contentRoot, section);
    return readdirSync(dir)
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => prose(readFileSync(join(dir, file), 'utf8')));
  });
}

const enPages = pages('en');
const zhPages = pages('zh');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** English forms match as whole words, ignoring case: no letter or digit may touch either end. */
const enUsed = (form: string): boolean => {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'iu');
  return enPages.some((page) => re.test(page));
};
/** Chinese forms match as written, anywhere. */
const zhUsed = (form: string): boolean => zhPages.some((page) => page.includes(form));

/** github-slugger's rule for plain ASCII headings: lower case, drop punctuation, spaces to hyphens. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

function taughtInFile(path: string): string | undefined {
  const match = /^\/(learn|guides|functions)\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(path);
  if (!match) return undefined;
  const [, section, name] = match;
  return join(contentRoot, section ?? '', `${name ?? ''}${section === 'functions' ? '.md' : '.mdx'}`);
}

describe('glossary entries', () => {
  it('has between 30 and 40 entries with unique, lowercase-hyphenated ids', () => {
    const ids = glossaryEntries.map((entry) => entry.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(ids.length).toBeLessThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('is in alphabetical order of the English term', () => {
    const terms = glossaryEntries.map((entry) => entry.term.en);
    const sorted = [...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(terms).toEqual(sorted);
  });

  it.each(glossaryEntries.map((entry) => [entry.id, entry] as const))(
    '%s: a form of each language occurs in the prose of some content page',
    (_id, entry) => {
      expect(entry.forms.en.some(enUsed)).toBe(true);
      expect(entry.forms.zh.some(zhUsed)).toBe(true);
    },
  );

  it('uses the Chinese term lib/i18n/glossary.ts fixes for the English term', () => {
    const fixed = new Map(glossary.map((term) => [term.en.toLowerCase(), term.zh]));
    const listed = glossaryEntries.filter((entry) => fixed.has(entry.term.en.toLowerCase()));
    expect(listed.length).toBeGreaterThan(20);
    for (const entry of listed) expect(entry.term.zh).toBe(fixed.get(entry.term.en.toLowerCase()));
  });

  it('lists a form longer than another of the same entry before it when it contains it', () => {
    for (const entry of glossaryEntries) {
      for (const forms of [entry.forms.en, entry.forms.zh]) {
        forms.forEach((form, i) => {
          const later = forms.slice(i + 1).map((f) => f.toLowerCase());
          expect(later.filter((f) => f.includes(form.toLowerCase()) && f !== form.toLowerCase())).toEqual([]);
        });
      }
    }
  });

  it('gives no form to two entries', () => {
    const seen = new Map<string, string>();
    for (const entry of glossaryEntries) {
      for (const form of [...entry.forms.en.map((f) => f.toLowerCase()), ...entry.forms.zh]) {
        expect(seen.get(form) ?? entry.id, form).toBe(entry.id);
        seen.set(form, entry.id);
      }
    }
  });

  it('has plain-text definitions in both languages', () => {
    for (const entry of glossaryEntries) {
      for (const text of [entry.definition.en, entry.definition.zh, entry.term.en, entry.term.zh]) {
        expect(text.trim().length, entry.id).toBeGreaterThan(0);
        expect(text, entry.id).not.toMatch(/\$|\*\*|\\[a-z]/);
      }
    }
  });

  it('points taughtIn at an existing content file and, if given, an existing heading', () => {
    for (const entry of glossaryEntries) {
      const file = taughtInFile(entry.taughtIn);
      expect(file, entry.taughtIn).toBeDefined();
      const text = readFileSync(file ?? '', 'utf8');
      const fragment = entry.taughtIn.split('#')[1];
      if (fragment === undefined) continue;
      const headings = [...text.matchAll(/^#{2,6} (.*)$/gm)].map((m) => slug(m[1] ?? ''));
      expect(headings, entry.taughtIn).toContain(fragment);
    }
  });
});
