import { describe, expect, it } from 'vitest';
import { logitLineSvg, pairedBarsSvg, sparsemaxView, threshold } from '../../src/lib/sparsemax/view';

const strings = {
  lineCaption: 'line',
  tauLabel: 'τ = {tau}',
  barsCaption: 'bars',
  summary: 'τ {tau}; S {support} ({count}/{n}); zeros {zeros}; min {minSoft}',
};

// Reference values from the entmax package's README: sparsemax([−2, 0, 0.5]) = [0, 0.25, 0.75] and
// softmax([−2, 0, 0.5]) = [0.0486, 0.3592, 0.5922]. By hand: τ = (0 + 0.5 − 1) / 2 = −0.25.
const z = [-2, 0, 0.5];
const sparse = [0, 0.25, 0.75];
const soft = [0.0486, 0.3592, 0.5922];

describe('sparsemax view', () => {
  it('reads τ and the support off the probabilities', () => {
    expect(threshold(z, sparse)).toEqual({ tau: -0.25, support: [1, 2] });
  });

  it('finds a one-element support when one logit dominates', () => {
    // z = [1, −0.5, 3.4]: 3.4 − 1 = 2.4 ≥ 1, so p = [0, 0, 1] and τ = 3.4 − 1 = 2.4.
    const t = threshold([1, -0.5, 3.4], [0, 0, 1]);
    expect(t.support).toEqual([2]);
    expect(t.tau).toBeCloseTo(2.4, 14);
  });

  it('fills support dots and leaves the others hollow, with τ marked', () => {
    const svg = logitLineSvg(z, { tau: -0.25, support: [1, 2] }, strings);
    expect(svg.match(/<circle class="in"/g)).toHaveLength(2);
    expect(svg.match(/<circle class="out"/g)).toHaveLength(1);
    expect(svg).toContain('>τ = −0.25</text>');
  });

  it('labels exact zeros "0" in bold and draws a sparsemax and a softmax bar per logit', () => {
    const svg = pairedBarsSvg(z, sparse, soft, strings);
    expect(svg.match(/<rect class="sparse"/g)).toHaveLength(3);
    expect(svg.match(/<rect class="soft"/g)).toHaveLength(3);
    expect(svg.match(/class="p exact-zero"[^>]*>0</g)).toHaveLength(1);
    expect(svg).toContain('>0.75</text>');
    expect(svg).toContain('>−2</text>');
  });

  it('summarises τ, the 1-based support, the zero count and softmax’s smallest probability', () => {
    expect(sparsemaxView(z, sparse, soft, strings).summary).toBe('τ −0.25; S 2, 3 (2/3); zeros 1; min 0.0486');
  });
});
