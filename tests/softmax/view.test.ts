import { describe, expect, test } from 'vitest';
import { MAX_LOGITS, parseLogits, probabilityBarsSvg, scaledOverflow, softmaxView } from '../../src/lib/softmax/view';

describe('parseLogits', () => {
  test('reads commas, spaces and a typographic minus', () => {
    expect(parseLogits('1, -0.5  3.4;−2')).toEqual({ ok: true, values: [1, -0.5, 3.4, -2] });
  });

  test('names the entry that is not a number', () => {
    const parsed = parseLogits('1, two, 3');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('“two”');
  });

  test('quotes only a short, elided excerpt of a huge entry', () => {
    const parsed = parseLogits(`1, ${'9'.repeat(100_000)}x`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain('“999999999999…99999999999x”');
      expect(parsed.error.length).toBeLessThan(60);
    }
  });

  test('rejects empty input, infinities and too many numbers', () => {
    expect(parseLogits('  ').ok).toBe(false);
    expect(parseLogits('1, Infinity').ok).toBe(false);
    expect(parseLogits(Array.from({ length: MAX_LOGITS + 1 }, () => '1').join(',')).ok).toBe(false);
  });
});

describe('softmaxView', () => {
  test('draws one bar per logit, with heights ordered like the probabilities', () => {
    const view = softmaxView([2, 1, 0.1], 1);
    const heights = [...view.barsSvg.matchAll(/class="bar"[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(3);
    expect(heights[0]).toBeGreaterThan(heights[1]!);
    expect(heights[1]).toBeGreaterThan(heights[2]!);
  });

  test('the Jacobian table is n × n with the diagonal marked', () => {
    const view = softmaxView([1, 2, 3, 4], 1);
    expect(view.jacobianHtml.match(/<td/g)).toHaveLength(16);
    expect(view.jacobianHtml.match(/class="diagonal"/g)).toHaveLength(4);
  });

  test('summarises the sum and the most likely class', () => {
    expect(softmaxView([0, 5, 1], 1).summary).toMatch(/sum to 1;.* p2 = /);
  });
});

describe('logits that overflow once divided by T', () => {
  test.each([
    [[-1e308, 1], 0.5],
    [[-1e308, -1e308, -1e308], 0.1],
    [[1e308, 2], 0.5],
    [[1.5e308], 0.2],
  ])('%j at T = %s get a clear message', (logits, temperature) => {
    expect(scaledOverflow(logits, temperature)).toMatch(/overflow/);
  });

  test.each([
    [[-1e308, 1], 1],
    [[1e308, -1e308], 1],
    [[2, 1, 0.1], 0.1],
    [[1e307, 0], 0.5],
  ])('%j at T = %s is fine', (logits, temperature) => {
    expect(scaledOverflow(logits, temperature)).toBeUndefined();
  });

  test('bars for probabilities that are NaN draw no NaN attributes', () => {
    const svg = probabilityBarsSvg([1, 2], [NaN, NaN]);
    expect(svg).not.toMatch(/="NaN"|="-?Infinity"/);
  });
});
