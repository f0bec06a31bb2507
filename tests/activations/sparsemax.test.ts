/**
 * Sparsemax (Martins & Astudillo, 2016) and softmin: worked examples computed by hand, the simplex
 * (sums to 1, exact zeros), shift invariance, the limits it shares with softmax, NaN and ±∞ handling, and
 * the Jacobian diag(s) − s·sᵀ/|S|.
 */
import { describe, expect, it } from 'vitest';
import { getActivation, softmax, softmin, sparsemax, sparsemaxJacobian } from '../../src/lib/activations';

const EPS = Number.EPSILON;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** None is on a support edge (where 1 + k·z_k = Σ_{i≤k} z_i, as for [1, 2, 3]), so sparsemax is smooth there. */
const vectors = [
  [1, 1.9, 3],
  [0.5, 1, 1.2],
  [-1, 0, 1, 2.5],
  [0.1, -0.2, 0.3, 0.25, -7],
  [1000, 1000.5, 999.8],
  [1e-8, -1e-8, 0],
  [3, 3, 3, 3],
];

describe('sparsemax, worked by hand', () => {
  it('sparsemax([1, 2, 3]) = [0, 0, 1]: only z₁ = 3 passes 1 + k·z_k > Σ z (k = 2: 5 > 5 fails), τ = 2', () => {
    expect(sparsemax([1, 2, 3])).toEqual([0, 0, 1]);
  });

  it('sparsemax([0.5, 1, 1.2]) = [0, 0.4, 0.6]: support {1, 1.2} (3 > 2.2 but 2.5 < 2.7), τ = (2.2 − 1)/2 = 0.6', () => {
    const p = sparsemax([0.5, 1, 1.2]);
    expect(p[0]).toBe(0);
    expect(p[1]).toBeCloseTo(0.4, 15);
    expect(p[2]).toBeCloseTo(0.6, 15);
  });

  it('sparsemax([0, 0.5, 1, 1]) = [0, 0, 1/2, 1/2]: the tie at 1 is the support, τ = 1/2', () => {
    // Sorted 1, 1, 0.5, 0: k = 2 passes (1 + 2·1 = 3 > 2), k = 3 fails (1 + 3·0.5 = 2.5 > 2.5 is false),
    // so τ = (2 − 1)/2 = 1/2 and 0.5 − τ = 0 exactly: p = [0, 0, 1/2, 1/2].
    expect(sparsemax([0, 0.5, 1, 1])).toEqual([0, 0, 0.5, 0.5]);
  });

  it('ties share equally: sparsemax([3, 3, 3, 3]) = [1/4, 1/4, 1/4, 1/4], as softmax gives', () => {
    expect(sparsemax([3, 3, 3, 3])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(softmax([3, 3, 3, 3])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('two inputs: sparsemax([x, 0])₀ is the sparse sigmoid clip((x + 1)/2, 0, 1) = sparse-plus′(x)', () => {
    const sparsePlus = getActivation('sparse-plus');
    for (const x of [-3, -1, -0.5, 0, 0.25, 0.999, 1, 2]) {
      expect(sparsemax([x, 0])[0]).toBeCloseTo(Math.min(1, Math.max(0, (x + 1) / 2)), 15);
      expect(sparsemax([x, 0])[0]).toBeCloseTo(sparsePlus.df(x), 15);
    }
  });
});

describe('sparsemax on the simplex', () => {
  it('sums to 1 within n ulps, with every entry in [0, 1]', () => {
    for (const x of vectors) {
      const p = sparsemax(x);
      expect(Math.abs(sum(p) - 1)).toBeLessThanOrEqual(x.length * EPS);
      for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
    }
  });

  it('gives exact zeros (+0, not −0 and not tiny) outside the support', () => {
    const p = sparsemax([0.1, -0.2, 0.3, 0.25, -7]);
    expect(Object.is(p[1], 0)).toBe(true);
    expect(Object.is(p[4], 0)).toBe(true);
    // softmax never gives an exact 0 here.
    expect(softmax([0.1, -0.2, 0.3, 0.25, -7]).every((v) => v > 0)).toBe(true);
  });

  it('is invariant under adding a constant (up to the rounding of x + c)', () => {
    for (const x of vectors) {
      const p = sparsemax(x);
      const shift = 4 * EPS * Math.max(...x.map((v) => Math.abs(v + 64)));
      sparsemax(x.map((v) => v + 64)).forEach((q, i) => expect(Math.abs(q - p[i]!)).toBeLessThanOrEqual(shift));
    }
  });

  it('shares softmax’s limits: one-hot at the maximum as the scale grows, uniform as it shrinks', () => {
    const x = [1, 2, 3];
    expect(sparsemax(x.map((v) => v / 1e-3))).toEqual(softmax(x, 1e-3));
    for (const p of sparsemax(x.map((v) => v * 1e-9))) expect(Math.abs(p - 1 / 3)).toBeLessThan(1e-8);
  });

  it('handles NaN, ±Infinity and [] as softmax does', () => {
    expect(sparsemax([1, NaN, 2]).every(Number.isNaN)).toBe(true);
    expect(sparsemax([Infinity, 1, Infinity])).toEqual(softmax([Infinity, 1, Infinity]));
    expect(sparsemax([-Infinity, 0])).toEqual([0, 1]);
    expect(sparsemax([-Infinity, -Infinity]).every(Number.isNaN)).toBe(true);
    expect(softmax([-Infinity, -Infinity]).every(Number.isNaN)).toBe(true);
    expect(sparsemax([])).toEqual([]);
  });
});

describe('sparsemax Jacobian', () => {
  it('is diag(s) − s·sᵀ/|S| on the support: for [0.5, 1, 1.2], S = {1, 2}', () => {
    expect(sparsemaxJacobian([0.5, 1, 1.2])).toEqual([
      [0, 0, 0],
      [0, 0.5, -0.5],
      [0, -0.5, 0.5],
    ]);
  });

  it('is symmetric, its rows sum to 0, and it matches central differences away from the support’s edges', () => {
    for (const x of vectors) {
      const jac = sparsemaxJacobian(x);
      jac.forEach((row, i) => {
        expect(Math.abs(sum(row))).toBeLessThanOrEqual(4 * EPS);
        row.forEach((v, j) => expect(v).toBe(jac[j]![i]));
      });
      const h = 1e-6;
      for (let j = 0; j < x.length; j++) {
        const up = sparsemax(x.map((v, k) => (k === j ? v + h : v)));
        const down = sparsemax(x.map((v, k) => (k === j ? v - h : v)));
        up.forEach((u, i) =>
          expect(Math.abs((u - down[i]!) / (2 * h) - jac[i]![j]!), `${x}: ${i}, ${j}`).toBeLessThan(1e-6),
        );
      }
    }
  });

  it('is all NaN for a NaN input', () => {
    expect(sparsemaxJacobian([1, NaN]).flat().every(Number.isNaN)).toBe(true);
  });
});

describe('softmin', () => {
  it('is softmax of −x: softmin([1, 2, 3]) equals softmax([3, 2, 1]) exactly (same shifted logits)', () => {
    expect(softmin([1, 2, 3])).toEqual(softmax([3, 2, 1]));
    expect(softmin([1, 2, 3], 0.5)).toEqual(softmax([-2, -4, -6]));
  });

  it('puts the most mass on the smallest input and sums to 1', () => {
    const p = softmin([4, -1, 2]);
    expect(p.indexOf(Math.max(...p))).toBe(1);
    expect(Math.abs(sum(p) - 1)).toBeLessThanOrEqual(3 * EPS);
  });

  it('propagates NaN, gives −Infinity entries the mass, and rejects T ≤ 0', () => {
    expect(softmin([1, NaN]).every(Number.isNaN)).toBe(true);
    expect(softmin([-Infinity, 0, -Infinity])).toEqual([0.5, 0, 0.5]);
    for (const t of [0, -1, NaN]) expect(() => softmin([1, 2], t)).toThrow(RangeError);
  });
});
