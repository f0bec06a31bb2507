/**
 * Gated units f(a, b) = a·g(b): values and both partial derivatives against formulas written out here
 * (σ(b) = 1/(1 + e^−b), relu, b·Φ(b) through the complementary error function, b·σ(b)), central differences,
 * the symmetry facts each gate gives, and LLaMA's SwiGLU width rule against the published model sizes.
 */
import erfc from '@stdlib/math-base-special-erfc';
import { describe, expect, it } from 'vitest';
import { gatedIds, getGated, swigluHiddenWidth, type GatedId } from '../../src/lib/activations';

const sigma = (b: number) => 1 / (1 + Math.exp(-b));
const phiCdf = (b: number) => 0.5 * erfc(-b / Math.SQRT2);
const phiPdf = (b: number) => Math.exp((-b * b) / 2) / Math.sqrt(2 * Math.PI);

/** g and g′ for each gate, from their definitions. */
const gates: Record<GatedId, { g: (b: number) => number; dg: (b: number) => number; gate: string }> = {
  glu: { g: sigma, dg: (b) => sigma(b) * (1 - sigma(b)), gate: 'sigmoid' },
  reglu: { g: (b) => Math.max(0, b), dg: (b) => (b > 0 ? 1 : 0), gate: 'relu' },
  geglu: { g: (b) => b * phiCdf(b), dg: (b) => phiCdf(b) + b * phiPdf(b), gate: 'gelu' },
  swiglu: { g: (b) => b * sigma(b), dg: (b) => sigma(b) * (1 + b * (1 - sigma(b))), gate: 'swish' },
};

const points: [number, number][] = [];
for (const a of [-2.5, -0.3, 0.7, 1, 4]) for (const b of [-6.1, -1.3, -0.2, 0.45, 1.1, 3.7]) points.push([a, b]);

/** Relative closeness with an absolute floor for values near 0. */
const close = (actual: number, expected: number, rel: number) =>
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-15);

describe.each(gatedIds)('%s', (id) => {
  const unit = getGated(id);
  const { g, dg, gate } = gates[id];

  it(`gates with ${gate}, and its id, name and three formulas are present`, () => {
    expect(unit.id).toBe(id);
    expect(unit.gate).toBe(gate);
    expect(unit.family).toBe('gated');
    for (const latex of [unit.latex.f, unit.latex.dA, unit.latex.dB]) expect(latex.length).toBeGreaterThan(5);
  });

  it('f = a·g(b), ∂f/∂a = g(b), ∂f/∂b = a·g′(b), to 1e-13', () => {
    for (const [a, b] of points) {
      close(unit.f(a, b), a * g(b), 1e-13);
      close(unit.dA(a, b), g(b), 1e-13);
      close(unit.dB(a, b), a * dg(b), 1e-13);
    }
  });

  it('both partials match fourth-order central differences (h = 1e-3) to 1e-8', () => {
    const h = 1e-3;
    const stencil = (f: (t: number) => number, t: number) =>
      (-f(t + 2 * h) + 8 * f(t + h) - 8 * f(t - h) + f(t - 2 * h)) / (12 * h);
    for (const [a, b] of points) {
      close(
        stencil((t) => unit.f(t, b), a),
        unit.dA(a, b),
        1e-8,
      );
      close(
        stencil((t) => unit.f(a, t), b),
        unit.dB(a, b),
        1e-8,
      );
    }
  });

  it('is linear in the value: f(2a, b) = 2f(a, b) exactly, and f(a, b) = a·∂f/∂a', () => {
    for (const [a, b] of points) {
      expect(unit.f(2 * a, b)).toBe(2 * unit.f(a, b));
      expect(unit.f(a, b)).toBe(a * unit.dA(a, b));
    }
  });

  it('gives NaN for a NaN in either input', () => {
    expect(unit.f(NaN, 1)).toBeNaN();
    expect(unit.f(1, NaN)).toBeNaN();
    expect(unit.dA(NaN, 1)).toBeNaN();
    expect(unit.dB(1, NaN)).toBeNaN();
  });
});

describe('symmetries of the gates', () => {
  it('GLU: f(a, b) + f(a, −b) = a, since σ(b) + σ(−b) = 1', () => {
    for (const [a, b] of points) close(getGated('glu').f(a, b) + getGated('glu').f(a, -b), a, 4e-16);
  });

  it('ReGLU, GEGLU, SwiGLU: f(a, b) − f(a, −b) = a·b, since g(b) − g(−b) = b for x·(gate) forms', () => {
    for (const id of ['reglu', 'geglu', 'swiglu'] as const) {
      const { f } = getGated(id);
      for (const [a, b] of points) close(f(a, b) - f(a, -b), a * b, 1e-15);
    }
  });

  it('ReGLU′ in b at the kink follows relu′(0) = 0', () => {
    expect(getGated('reglu').dB(3, 0)).toBe(0);
    expect(getGated('reglu').dB(3, 1e-300)).toBe(3);
  });

  it('throws for an unknown id, listing the valid ones', () => {
    expect(() => getGated('bilinear')).toThrow(/glu, reglu, geglu, swiglu/);
  });
});

describe('swigluHiddenWidth (LLaMA reference rule)', () => {
  it.each([
    // LLaMA 1 (multiple_of 256): 7B, 13B, 33B, 65B; the published intermediate sizes.
    [4096, {}, 11008],
    [5120, {}, 13824],
    [6656, {}, 17920],
    [8192, {}, 22016],
    // Llama 2 70B: ffn_dim_multiplier 1.3, multiple_of 4096; Llama 3 8B: 1.3 and 1024.
    [8192, { ffnDimMultiplier: 1.3, multipleOf: 4096 }, 28672],
    [4096, { ffnDimMultiplier: 1.3, multipleOf: 1024 }, 14336],
  ] as const)('d = %i with %o gives %i', (d, options, expected) => {
    expect(swigluHiddenWidth(d, options)).toBe(expected);
  });

  it('follows the steps by hand for d = 4096: 4d = 16384, int(2·16384/3) = 10922, up to 43·256 = 11008', () => {
    expect(Math.trunc((2 * 16384) / 3)).toBe(10922);
    expect(swigluHiddenWidth(4096, { multipleOf: 1 })).toBe(10922);
    expect(swigluHiddenWidth(4096)).toBe(43 * 256);
  });

  it('keeps a width that is already a multiple, and rejects non-integers', () => {
    // d = 3·256 = 768: 4d = 3072, 2·3072/3 = 2048 = 8·256 exactly.
    expect(swigluHiddenWidth(768)).toBe(2048);
    expect(() => swigluHiddenWidth(10.5)).toThrow(RangeError);
    expect(() => swigluHiddenWidth(0)).toThrow(RangeError);
    expect(() => swigluHiddenWidth(64, { multipleOf: 0 })).toThrow(RangeError);
  });
});
