import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { activationIds, families, getActivation } from '../../src/lib/activations';
import { zh } from '../../src/lib/i18n/zh';
import { catalogueIds } from '../../src/lib/activations';
import {
  latexNumber,
  practiceGroups,
  scalarGroups,
  vectorGroups,
  type ScalarRow,
} from '../../src/lib/learn/cheat-sheet';

const rows = scalarGroups().flatMap((group) => group.rows);
const row = (id: string): ScalarRow => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
};

/** Typesets as Equation.astro does: strict, throwing on any error. */
const typeset = (latex: string) =>
  katex.renderToString(latex, {
    throwOnError: true,
    strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
  });

describe('scalarGroups', () => {
  it('has one row for each scalar function with a page: all 32 but the two GELU approximations', () => {
    const ids = rows.map((r) => r.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(ids).not.toContain('gelu-tanh');
    expect(ids).not.toContain('quick-gelu');
    expect(new Set(ids)).toEqual(new Set(activationIds.filter((id) => id !== 'gelu-tanh' && id !== 'quick-gelu')));
  });

  it('groups by family in the site order, with no empty or repeated group and rows in catalogue order', () => {
    const groups = scalarGroups();
    const order = groups.map((g) => families.indexOf(g.family));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    for (const group of groups) {
      expect(group.rows.length).toBeGreaterThan(0);
      for (const r of group.rows) expect(getActivation(r.id).family).toBe(group.family);
      const positions = group.rows.map((r) => activationIds.indexOf(r.id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(groups.map((g) => g.family)).toEqual([
      'classic',
      'rectifier',
      'exponential',
      'smooth',
      'shrinkage',
      'periodic',
    ]);
  });

  it('words the properties as the maths says: tanh is odd, increasing and flat in both tails', () => {
    expect(row('tanh')).toMatchObject({ zeroCentred: 'Yes', monotonic: 'Yes', saturates: 'Both sides' });
    expect(row('tanh').defaults).toBeUndefined();
  });

  it('ReLU is not odd, is non-decreasing and has zero slope for every x < 0', () => {
    expect(row('relu')).toMatchObject({ zeroCentred: 'No', monotonic: 'Yes', saturates: 'Negative side' });
  });

  it('sine is odd, not monotonic, and its slope cos x never tends to 0', () => {
    expect(row('sine')).toMatchObject({ zeroCentred: 'Yes', monotonic: 'No', saturates: 'No' });
  });

  it("states PyTorch's defaults with the formulas' symbols", () => {
    // nn.LeakyReLU(negative_slope=0.01), nn.RReLU(lower=1/8, upper=1/3), nn.Hardshrink(lambd=0.5), nn.Softplus(beta=1).
    expect(row('leaky-relu').defaults).toBe('\\alpha = 0.01');
    expect(row('rrelu').defaults).toBe('l = 0.125,\\ u = 0.3333');
    expect(row('hardshrink').defaults).toBe('\\lambda = 0.5');
    expect(row('softplus').defaults).toBe('\\beta = 1');
  });

  it('words the cells in the language of the labels it is given', () => {
    const tanh = scalarGroups(zh.functions.labels)
      .flatMap((g) => g.rows)
      .find((r) => r.id === 'tanh');
    expect(tanh).toMatchObject({ zeroCentred: '是', monotonic: '是', saturates: '两侧' });
  });

  it('gives LaTeX that KaTeX typesets in strict mode, for every cell', () => {
    for (const r of rows) {
      for (const latex of [r.f, r.df, r.rangeLatex, r.defaults ?? '']) expect(() => typeset(latex), r.id).not.toThrow();
    }
  });
});

describe('latexNumber', () => {
  it('keeps 4 significant digits, an ASCII minus and a power of ten for tiny or huge values', () => {
    expect(latexNumber(0.01)).toBe('0.01');
    expect(latexNumber(1 / 3)).toBe('0.3333');
    expect(latexNumber(-3)).toBe('-3');
    expect(latexNumber(1e-5)).toBe('1 \\times 10^{-5}');
    expect(latexNumber(-2.5e12)).toBe('-2.5 \\times 10^{12}');
  });
});

describe('vectorGroups', () => {
  it('lists the four gated units with two partial derivatives, then softmax and sparsemax with one Jacobian', () => {
    const groups = vectorGroups();
    expect(groups.map((g) => g.family)).toEqual(['gated', 'output']);
    expect(groups[0]?.rows.map((r) => [r.id, r.derivatives.length])).toEqual([
      ['glu', 2],
      ['reglu', 2],
      ['geglu', 2],
      ['swiglu', 2],
    ]);
    expect(groups[1]?.rows.map((r) => [r.id, r.derivatives.length])).toEqual([
      ['softmax', 1],
      ['sparsemax', 1],
    ]);
    for (const r of groups.flatMap((g) => g.rows)) {
      for (const latex of [r.f, ...r.derivatives]) expect(() => typeset(latex), r.id).not.toThrow();
    }
  });
});

describe('practiceGroups', () => {
  const practice = (locale: 'en' | 'zh') => practiceGroups(locale).flatMap((group) => group.rows);

  it('lists every function of the catalogue once, scalar, gated and vector-valued alike', () => {
    const ids = practice('en').map((r) => r.id);
    expect(ids).toHaveLength(catalogueIds.length);
    expect(new Set(ids)).toEqual(new Set(catalogueIds));
  });

  it('gives five framework cells per row, PyTorch first, and splits a module and a function form', () => {
    const leaky = practice('en').find((r) => r.id === 'leaky-relu')!;
    expect(leaky.calls).toHaveLength(5);
    // PyTorch has both nn.LeakyReLU and F.leaky_relu; each is its own name in the cell.
    expect(leaky.calls[0]).toEqual(expect.arrayContaining(['nn.LeakyReLU']));
    expect(leaky.calls[0]!.every((name) => !name.includes('·') && name.trim() === name)).toBe(true);
  });

  it('leaves the cell empty where a framework has no built-in: Snake exists in none of them', () => {
    expect(practice('en').find((r) => r.id === 'snake')!.calls).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('words the typical use in the page’s language and keeps the calls the same in both', () => {
    const en = practice('en').find((r) => r.id === 'softmax')!;
    const zhRow = practice('zh').find((r) => r.id === 'softmax')!;
    expect(zhRow.use).not.toBe(en.use);
    expect(zhRow.use).toMatch(/[\u4e00-\u9fff]/);
    expect(zhRow.calls).toEqual(en.calls);
  });
});
