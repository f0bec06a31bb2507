import { describe, expect, it } from 'vitest';
import { termFinder } from '../../src/lib/glossary/match';
import { glossaryOrder, superscriptParts, teacherOf, twinAnchor } from '../../src/lib/glossary/page';
import type { GlossaryEntry } from '../../src/lib/glossary/types';

function entry(id: string, en: string[], zh: string[], term = { en: en[0] ?? id, zh: zh[0] ?? id }): GlossaryEntry {
  return { id, term, forms: { en, zh }, definition: { en: 'x', zh: 'x' }, taughtIn: '/learn/relu/' };
}

const entries = [
  entry('saturation', ['saturation', 'saturates', 'saturating'], ['饱和']),
  entry('dead-unit', ['dead unit', 'dead units'], ['死亡单元']),
  entry('fan-in', ['fan-in'], ['扇入']),
  entry('unit', ['unit'], ['单元']),
];
const none = new Set<string>();

describe('termFinder, English', () => {
  const find = termFinder(entries, 'en');

  it('finds a form as a whole word, ignoring case, and gives its place in the text', () => {
    const text = 'Sigmoid Saturates for large inputs.';
    expect(find(text, none)).toEqual({ id: 'saturation', start: 8, end: 17 });
    expect(text.slice(8, 17)).toBe('Saturates');
  });

  it('does not find a form inside a longer word or a hyphenated compound', () => {
    expect(find('an unsaturated curve', none)).toBeUndefined();
    expect(find('the fan-in-out ratio', none)).toBeUndefined();
    expect(find('units', new Set(['dead-unit']))).toBeUndefined();
  });

  it('takes the earliest use in the text, whichever entry it belongs to', () => {
    expect(find('A fan-in of 100 keeps it saturating.', none)?.id).toBe('fan-in');
  });

  it('prefers the longer form, and the longer entry, at the same place', () => {
    // "dead units" (10 characters) rather than "dead unit" followed by a stray "s".
    expect(find('two dead units remain', none)).toEqual({ id: 'dead-unit', start: 4, end: 14 });
    // "dead unit" starts before "unit": the earlier match wins even though "unit" is an entry too.
    expect(find('a dead unit', none)?.id).toBe('dead-unit');
  });

  it('skips entries already linked on the page', () => {
    expect(find('saturating fan-in', new Set(['saturation']))?.id).toBe('fan-in');
    expect(find('saturating', new Set(['saturation']))).toBeUndefined();
  });

  it('treats the forms as text, not as regular-expression syntax', () => {
    const find2 = termFinder([entry('c1', ['C¹ (smooth)'], [])], 'en');
    expect(find2('a C¹ (smooth) function', none)?.start).toBe(2);
    expect(find2('a C¹ smooth function', none)).toBeUndefined();
  });
});

describe('termFinder, exceptions', () => {
  const weights: GlossaryEntry = {
    ...entry('weights', ['weights', 'weight', 'bias'], ['权重']),
    except: { en: ['weight decay', 'bias shift'], zh: ['权重衰减'] },
  };
  it('passes over a form inside an exception phrase and finds the next real use', () => {
    const find = termFinder([weights], 'en');
    const text = 'Weight decay shrinks the weights.';
    expect(find(text, none)).toEqual({ id: 'weights', start: 25, end: 32 });
    expect(find('ELU reduces the bias shift', none)).toBeUndefined();
  });
  it('applies the exceptions of the page’s language only', () => {
    expect(termFinder([weights], 'zh')('用权重衰减约束权重', none)).toEqual({ id: 'weights', start: 7, end: 9 });
  });
});

describe('termFinder, Chinese', () => {
  const find = termFinder(entries, 'zh');

  it('finds a form anywhere, since Chinese puts no spaces between words', () => {
    expect(find('sigmoid在两端饱和，梯度趋于零', none)).toEqual({ id: 'saturation', start: 10, end: 12 });
  });

  it('at one place prefers the longer match (死亡单元 over 单元)', () => {
    expect(find('出现死亡单元时', none)).toEqual({ id: 'dead-unit', start: 2, end: 6 });
  });

  it('never matches English forms on a Chinese page', () => {
    expect(find('saturation', none)).toBeUndefined();
  });
});

describe('glossary page order and links', () => {
  it('sorts English headwords alphabetically, ignoring case', () => {
    const sorted = glossaryOrder(
      [entry('b', ['logit'], []), entry('a', ['Fan-in'], []), entry('c', ['bias'], [])],
      'en',
    );
    expect(sorted.map((e) => e.term.en)).toEqual(['bias', 'Fan-in', 'logit']);
  });

  it('sorts Chinese headwords by pinyin: 饱和 (bǎohé) < 扇入 (shànrù) < 死亡单元 (sǐwáng)', () => {
    const sorted = glossaryOrder(
      [entry('s', [], ['死亡单元']), entry('b', [], ['饱和']), entry('f', [], ['扇入'])],
      'zh',
    );
    expect(sorted.map((e) => e.term.zh)).toEqual(['饱和', '扇入', '死亡单元']);
  });

  it('reads where a term is taught, and refuses any other kind of path', () => {
    expect(teacherOf('/learn/relu/')).toEqual({ kind: 'learn', slug: 'relu', hash: '' });
    expect(teacherOf('/guides/dying-relu/#what-revives-a-unit')).toEqual({
      kind: 'guides',
      slug: 'dying-relu',
      hash: '#what-revives-a-unit',
    });
    expect(() => teacherOf('/compare/')).toThrow(/taughtIn/);
    expect(() => teacherOf('learn/relu/')).toThrow(/taughtIn/);
  });
});

describe('twinAnchor', () => {
  const en = ['one-neuron', 'why-depth-needs-a-nonlinearity', 'exercises'];
  const zh = ['一个神经元', '为什么深度需要非线性', '练习'];

  it('maps a heading to the heading at the same position on the twin page', () => {
    expect(twinAnchor('#why-depth-needs-a-nonlinearity', en, zh)).toBe('#为什么深度需要非线性');
    expect(twinAnchor('#one-neuron', en, zh)).toBe('#一个神经元');
  });

  it('falls back to the top of the page when it cannot be sure', () => {
    expect(twinAnchor('', en, zh)).toBe('');
    expect(twinAnchor('#no-such-heading', en, zh)).toBe('');
    // A heading missing from one edition: positions no longer correspond.
    expect(twinAnchor('#exercises', en, zh.slice(0, 2))).toBe('');
  });
});

describe('superscriptParts', () => {
  it('raises the one character after ^ and leaves the rest as it is', () => {
    expect(superscriptParts('C⁰, C¹, C^∞.')).toEqual([
      { text: 'C⁰, C¹, C', sup: false },
      { text: '∞', sup: true },
      { text: '.', sup: false },
    ]);
    expect(superscriptParts('no maths')).toEqual([{ text: 'no maths', sup: false }]);
  });
});
