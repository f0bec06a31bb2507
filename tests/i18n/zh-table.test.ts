/**
 * The Chinese string table is complete: every string a reader can see, and every message a function builds from
 * plausible arguments, contains Chinese, except a short list of strings that are the same in every language.
 * TypeScript already forces every key to exist; this test catches a key that exists but was left in English, so
 * the two editions stay in step when the English table grows.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';

const CJK = /[\u4e00-\u9fff]/;

/**
 * Strings that legitimately contain no Chinese, by dotted path (`*` stands for one path segment). Keep it short:
 * every entry needs a reason, and an entry that matches nothing fails the test.
 */
const allowed: readonly string[] = [
  // Maths notation only (axis titles, column heads, read-outs): the same symbols in every language.
  'chart.xTitle',
  'chart.yTitle',
  'plot.series.*',
  'plot.value',
  'plot.readout',
  'compare.views.function',
  'compare.views.derivative',
  'compare.derivativeSuffix',
  'compare.axisX',
  'compare.axisY',
  'compare.copyLabel',
  'functions.example.headings.*',
  'gated.table.column',
  'gated.table.row',
  'softmax.jacobianHeading.middle',
  'softmax.column',
  'softmax.row',
  'sparsemax.client.tauLabel',
  'training.customFormula',
  'training.form.formulaLabel',
  'gradientFlow.customFormula',
  'gradientFlowPage.formulaLabel',
  'precision.floorRow',
  // Full-width punctuation joining a model's name, block, exact form and source link into one line.
  'functions.models.punctuation.*',
  // The ideographic comma between a guide's Chinese aliases.
  'functions.aliasSeparator',
  // Full-width brackets around a glossary term's English original.
  'glossaryPage.otherTerm',
  // An em dash in a table cell for an undefined ratio, explained in Chinese under the table.
  'gradientFlow.undefinedRatio',
  // NaN and the unit ulps are notation.
  'precision.classes.nan',
  'precision.nanAt',
  'precision.ulpsUnit',
  // Function names stay Latin (glossary rule): the sparsemax explorer's legend names two functions.
  'sparsemax.keySparse',
  'sparsemax.keySoft',
  // Proper names: frameworks, initialisation schemes named after their authors, optimizers, the JSON format.
  'functions.code.frameworks.*',
  'gradientFlowPage.inits.xavier',
  'gradientFlowPage.inits.he',
  'gradientFlowPage.inits.lecun',
  'training.form.optimizers.sgd',
  'training.form.optimizers.adam',
  'training.exportUi.formats.json',
  // The full stop that closes a sentence whose words are in the neighbouring keys (search.noScript.before, …).
  'search.noScript.after',
  // A code identifier: the name of LLaMA's configuration field.
  'gated.calculator.multipleOf',
  // Citations as published and their external addresses.
  'training.explain.items.*.links.*.*',
];

/** Sample arguments by parameter name; several samples reach every branch of a message (plural, view, …). */
const samples: Record<string, readonly unknown[]> = {
  view: ['function', 'derivative', 'both'],
  speed: [3, 'max'],
  more: [true, false],
  derivative: [true, false],
  named: [['a', 'b'], ['a']],
  valid: [['a', 'b'], []],
  names: [['a', 'b']],
  values: [['a', 'b']],
  options: [['a', 'b']],
  // Against total's [3, 1]: first more results than shown, then fewer.
  shown: [1, 3],
};
const numbers = 'max min n total count epoch epochs nets net depth width ms done line got layer l lo hi limit';
const moreNumbers = 'minSpan span step fallback used raw percent bits column index i j length x xmin xmax ulps';
for (const name of `${numbers} ${moreNumbers}`.split(' ')) samples[name] ??= [3, 1];
for (const name of `name label id href key query part message error excerpt formula file reason outcome from to
  format measure where verb sum largest temperature seconds accuracy below above one many value _term`.split(/\s+/)) {
  samples[name] ??= ['x'];
}

/** The parameter names of a message function, read from its source (type annotations are gone at run time). */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const list = /^\s*\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*(\w+)\s*=>/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((p) => p.split('=')[0]!.trim())
    .filter((p) => p !== '');
}

interface Leaf {
  path: string;
  text: string;
  english: unknown;
}

/** Every string in a table, with each message function called once per sample (arguments from the English one). */
function leaves(node: unknown, english: unknown, path: string, out: Leaf[] = []): Leaf[] {
  if (typeof node === 'string') out.push({ path, text: node, english });
  else if (typeof node === 'function') {
    const names = parameterNames(english as (...args: never[]) => unknown);
    const lists = names.map((name) => {
      const list = samples[name];
      if (list === undefined) throw new Error(`${path}: add a sample value for parameter "${name}"`);
      return list;
    });
    const calls = Math.max(1, ...lists.map((l) => l.length));
    for (let k = 0; k < calls; k++) {
      const args = lists.map((l) => l[k % l.length]);
      out.push({ path, text: (node as (...a: unknown[]) => unknown)(...args) as string, english: undefined });
    }
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      leaves(value, (english as Record<string, unknown> | undefined)?.[key], path === '' ? key : `${path}.${key}`, out);
    }
  } else throw new Error(`${path}: unexpected ${typeof node} in a string table`);
  return out;
}

const matches = (pattern: string, path: string) => {
  const a = pattern.split('.');
  const b = path.split('.');
  return a.length === b.length && a.every((part, i) => part === '*' || part === b[i]);
};
const isAllowed = (path: string) => allowed.some((pattern) => matches(pattern, path));
const all = leaves(zh, en, '');

describe('the Chinese string table', () => {
  it('walks the whole table, messages included', () => {
    // Hundreds of strings; a walk that stopped early would pass trivially.
    expect(all.length).toBeGreaterThan(500);
    expect(all.every((leaf) => typeof leaf.text === 'string')).toBe(true);
  });

  it('has Chinese in every reader-facing string', () => {
    const english = all.filter((leaf) => !isAllowed(leaf.path) && !CJK.test(leaf.text));
    expect(english.map((leaf) => `${leaf.path}: ${leaf.text}`)).toEqual([]);
  });

  it('lists only paths that exist and hold no Chinese', () => {
    for (const pattern of allowed) {
      const hits = all.filter((leaf) => matches(pattern, leaf.path));
      expect(hits.length, pattern).toBeGreaterThan(0);
      // An allowed string that now has Chinese in it no longer needs its entry.
      expect(hits.filter((leaf) => CJK.test(leaf.text)).map((leaf) => leaf.path)).toEqual([]);
    }
  });

  it('keeps every {placeholder} of the English templates, which the browser fills by name', () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const leaf of all) {
      if (typeof leaf.english === 'string') expect(holes(leaf.text), leaf.path).toEqual(holes(leaf.english));
    }
  });

  it('links only within the Chinese edition', () => {
    // Links inside strings (lab explanations) are written out in full, so each must carry the /zh/ prefix.
    const hrefs = all.flatMap((leaf) => [...leaf.text.matchAll(/href="([^"]*)"/g)].map((m) => `${leaf.path}: ${m[1]}`));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => /: \/(?!zh\/)/.test(h))).toEqual([]);
  });
});
