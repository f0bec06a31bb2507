import { describe, expect, it } from 'vitest';
import { GRID_SIZE, sampleSurface } from '../../src/lib/gated/grid';
import { LAYOUT, cursorRect, heatPaths, heatmapSvg, xOf, yOf } from '../../src/lib/gated/heatmap-svg';

const labels = { valueAxis: 'value a', gateAxis: 'gate b' };

/** The rectangles of a path's d attribute, as [column, row, length]. */
function runs(d: string): [number, number, number][] {
  return [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
}

describe('heat-map SVG', () => {
  it('draws a constant surface as one full-width run per row, all in one class', () => {
    const svg = heatPaths(
      sampleSurface(() => 5),
      5,
    );
    const paths = [...svg.matchAll(/<path class="h(\d+)" d="([^"]+)"/g)];
    expect(paths).toHaveLength(1);
    expect(paths[0]![1]).toBe('10');
    const rects = runs(paths[0]![2]!);
    expect(rects).toHaveLength(GRID_SIZE);
    expect(rects.every(([c, , length]) => c === 0 && length === GRID_SIZE)).toBe(true);
  });

  it('splits a row where the class changes and covers every cell exactly once', () => {
    // f = a: negative on the left, positive on the right; every row has the same runs.
    const values = sampleSurface((a) => a);
    const svg = heatPaths(values, 4);
    const covered = new Map<string, number>();
    for (const [, k, d] of svg.matchAll(/<path class="h(\d+)" d="([^"]+)"/g)) {
      for (const [c, r, length] of runs(d!)) {
        for (let col = c; col < c + length; col++) covered.set(`${r},${col}`, Number(k));
      }
    }
    expect(covered.size).toBe(GRID_SIZE * GRID_SIZE);
    expect(covered.get('0,0')).toBe(0); // a = −4 → most negative class
    expect(covered.get('0,32')).toBe(10); // a = 4 → most positive class
    expect(covered.get('7,16')).toBe(5); // a = 0 → zero class
  });

  it('places grid centres so that a grows rightwards and b grows upwards', () => {
    expect(xOf(0)).toBe(LAYOUT.left + LAYOUT.cell / 2);
    expect(xOf(1) - xOf(0)).toBe(LAYOUT.cell);
    expect(yOf(GRID_SIZE - 1)).toBe(LAYOUT.top + LAYOUT.cell / 2);
    expect(yOf(0)).toBeGreaterThan(yOf(1));
    expect(cursorRect({ i: 0, j: GRID_SIZE - 1 })).toEqual({
      x: String(LAYOUT.left.toFixed(1)),
      y: String(LAYOUT.top.toFixed(1)),
      size: String(LAYOUT.cell),
    });
  });

  it('labels the axes and the colour key with true minus signs and hides the cursor until a script moves it', () => {
    const svg = heatmapSvg(
      sampleSurface((a, b) => a * b),
      20,
      labels,
    );
    expect(svg).toContain('>value a</text>');
    expect(svg).toContain('>gate b</text>');
    expect(svg).toContain('>−4</text>');
    expect(svg).toContain('>−20</text>');
    expect(svg).toContain('>20</text>');
    expect(svg).toMatch(/<rect class="cursor"[^>]*visibility="hidden"/);
    expect(svg).not.toContain('-4<');
  });
});
