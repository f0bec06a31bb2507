import { describe, expect, it } from 'vitest';
import { readoutText, surfaceTableHtml } from '../../src/lib/gated/readout';

const product = { f: (a: number, b: number) => a * b, dA: (_a: number, b: number) => b, dB: (a: number) => a };

describe('gated read-out and table', () => {
  it('reads out the point and all three values with minus signs', () => {
    const text = readoutText(
      '{name} at a = {a}, b = {b}: f = {f}, ∂f/∂a = {dA}, ∂f/∂b = {dB}',
      'Bilinear',
      product,
      { i: 4, j: 30 }, // a = −3, b = 3.5
    );
    expect(text).toBe('Bilinear at a = −3, b = 3.5: f = −10.5, ∂f/∂a = 3.5, ∂f/∂b = −3');
  });

  it('rounds read-out values to four significant digits', () => {
    const third = { f: () => 1 / 3, dA: () => -2 / 3, dB: () => 1e-7 };
    expect(readoutText('{f} {dA} {dB}', 'x', third, { i: 0, j: 0 })).toBe('0.3333 −0.6667 1e−7');
  });

  it('tabulates a surface at a, b ∈ {−4, −2, 0, 2, 4}, b from the top down as in the picture', () => {
    const html = surfaceTableHtml((a, b) => a * b, { corner: 'corner', column: 'a = {a}', row: 'b = {b}' });
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toContain('<th scope="col">a = −4</th>');
    expect(rows[1]).toBe('<th scope="row">b = 4</th><td>−16</td><td>−8</td><td>0</td><td>8</td><td>16</td>');
    expect(rows[5]).toContain('<th scope="row">b = −4</th><td>16</td>');
  });
});
