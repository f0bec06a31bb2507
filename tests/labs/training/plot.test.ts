import { describe, expect, test } from 'vitest';
import { makeDataset } from '../../../src/lib/nn';
import {
  datasetSvgMarkup,
  fromBase64,
  heatLut,
  lossSvgMarkup,
  parseColor,
  pointsSvgMarkup,
  thinCurve,
  toBase64,
  toPicture,
} from '../../../src/lib/labs/training/plot';
import { GRID_BOUNDS } from '../../../src/lib/labs/training/run';

describe('thinCurve', () => {
  const curve = Float64Array.from({ length: 5001 }, (_, e) => 1 / (e + 1));

  test.each([
    [0, 1],
    [10, 11],
    [399, 400],
    [5000, 386],
  ])('after %i epochs gives %i points (≤ 400 + the last), first and last included', (last, count) => {
    const points = thinCurve(curve, last);
    expect(points).toHaveLength(count);
    expect(points[0]).toEqual({ x: 0, y: 1 });
    expect(points.at(-1)).toEqual({ x: last, y: curve[last] });
    expect(points.every((p, i) => i === 0 || p.x > points[i - 1]!.x)).toBe(true);
  });

  test('leaves out losses a log axis cannot show', () => {
    const points = thinCurve(Float64Array.from([1, NaN, 0, -1, Infinity, 0.5]), 5);
    expect(points).toEqual([
      { x: 0, y: 1 },
      { x: 5, y: 0.5 },
    ]);
  });
});

describe('loss axis and picture', () => {
  test('labels the loss axis with distinct 1-2-5 ticks around the data (0.08…0.69: 0.05, 0.1, 0.2, 0.5, 1)', () => {
    const svg = lossSvgMarkup(
      [
        {
          color: '#000',
          points: [
            { x: 0, y: 0.69 },
            { x: 9, y: 0.08 },
          ],
        },
      ],
      10,
      640,
      320,
    );
    const labels = [...svg.matchAll(/<text x="4" y="[\d.]+">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['0.05', '0.1', '0.2', '0.5', '1']);
  });

  test('draws one path per curve and no NaN, even for single points and no points', () => {
    const svg = lossSvgMarkup(
      [
        { color: '#000', points: [{ x: 0, y: 0.7 }] },
        { color: '#111', points: [] },
        {
          color: '#222',
          points: [
            { x: 0, y: 0.7 },
            { x: 100, y: 0.01 },
          ],
        },
      ],
      300,
      640,
      320,
    );
    expect(svg.match(/<path class="curve"/g)).toHaveLength(3);
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('stroke="#222"');
  });
});

describe('colours', () => {
  test.each([
    ['#fff', [255, 255, 255]],
    ['#0072b2', [0, 114, 178]],
    [' #0072B2 ', [0, 114, 178]],
    ['rgb(1, 2, 3)', [1, 2, 3]],
    ['rgba(10 20 30 / 50%)', [10, 20, 30]],
    ['papayawhip', [0, 0, 0]],
  ] as const)('parseColor(%j) = %j', (text, rgb) => expect(parseColor(text)).toEqual(rgb));

  const lut = heatLut([0, 0, 200], [200, 0, 0], [100, 100, 100], 0.5);
  test('a sure class-0 prediction blends the background halfway to class 0’s colour, a sure class 1 to class 1’s', () => {
    expect([...lut.subarray(0, 4)]).toEqual([50, 50, 150, 255]);
    expect([...lut.subarray(255 * 4, 256 * 4)]).toEqual([150, 50, 50, 255]);
  });

  test('an unsure prediction (p ≈ ½) stays within 1 of the background', () => {
    for (const q of [127, 128])
      for (const c of lut.subarray(4 * q, 4 * q + 3)) expect(Math.abs(c - 100)).toBeLessThanOrEqual(1);
  });
});

describe('dataset picture', () => {
  test('the corners of the plotted square map to the picture’s corners, y up', () => {
    expect(toPicture(GRID_BOUNDS, 64, GRID_BOUNDS.xMin, GRID_BOUNDS.yMax)).toEqual([0, 0]);
    expect(toPicture(GRID_BOUNDS, 64, GRID_BOUNDS.xMax, GRID_BOUNDS.yMin)).toEqual([64, 64]);
  });

  test('draws every point once, in one path per class', () => {
    const data = makeDataset('moons', { count: 50, noise: 0.1, seed: 1 });
    const svg = datasetSvgMarkup(data, GRID_BOUNDS, 64);
    expect(svg.match(/<path class="c[01]"/g)).toHaveLength(2);
    expect(svg.match(/h0/g)).toHaveLength(50);
  });
});

describe('points over the heat-maps', () => {
  const train = { x: Float64Array.from([0, 0, 1.5, 1.5, -1.5, -1.5]), y: Uint8Array.from([0, 1, 1]) };
  const heldOut = { x: Float64Array.from([1.5, -1.5]), y: Uint8Array.from([0]) };
  const svg = pointsSvgMarkup(train, heldOut, GRID_BOUNDS, 240);
  const dots = (cls: string) => svg.match(new RegExp(`class="${cls}" d="([^"]*)"`))![1]!.match(/h0/g)?.length ?? 0;

  test.each([
    ['halo', 4],
    ['train c0', 1],
    ['train c1', 2],
    ['test c0', 1],
    ['test c1', 0],
    ['hole', 1],
  ])('the %s path has %i dots', (cls, count) => expect(dots(cls)).toBe(count));

  test('places a point by its coordinates (y up)', () => {
    expect(svg).toContain('class="train c0" d="M120.0 120.0h0"');
    expect(svg).toContain('class="test c0" d="M240.0 240.0h0"');
  });
});

test.each([[[]], [[0, 1, 127, 128, 254, 255]], [Array.from({ length: 1600 }, (_, k) => (k * 37) % 256)]])(
  'bytes survive base64 and back (%#)',
  (bytes) => {
    const original = Uint8Array.from(bytes);
    expect(fromBase64(toBase64(original))).toEqual(original);
  },
);
