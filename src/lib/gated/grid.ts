/**
 * The (value a, gate b) grid of the gated explorer, and the cursor that moves on it. A gated unit takes two
 * numbers per hidden unit, so the picture is a surface over a square: a from −4 to 4 across, b from −4 to 4
 * upwards, sampled every 0.25 (33 × 33 points, each point the centre of one heat-map cell).
 */

/** The three surfaces a reader can choose: the output and its two partial derivatives. */
export const mapKinds = ['f', 'dA', 'dB'] as const;
export type MapKind = (typeof mapKinds)[number];

/** The functions of one gated unit, as the activation module provides them. */
export interface GatedFunctions {
  f(a: number, b: number): number;
  dA(a: number, b: number): number;
  dB(a: number, b: number): number;
}

export const GRID_MIN = -4;
export const GRID_MAX = 4;
export const GRID_STEP = 0.25;
/** Points per axis: 33, from GRID_MIN to GRID_MAX inclusive. */
export const GRID_SIZE = Math.round((GRID_MAX - GRID_MIN) / GRID_STEP) + 1;

/** The coordinate of grid index k (0 … GRID_SIZE − 1); computed from the index, so no rounding drift. */
export const coordinate = (k: number): number => GRID_MIN + k * GRID_STEP;

/**
 * One surface sampled on the grid, as rows from the top of the picture (b = 4) down to b = −4; within a
 * row, columns run from a = −4 to a = 4. values[row][col] = fn(a(col), b(row)).
 */
export function sampleSurface(fn: (a: number, b: number) => number): number[][] {
  const rows: number[][] = [];
  for (let row = 0; row < GRID_SIZE; row++) {
    const b = coordinate(GRID_SIZE - 1 - row);
    const values: number[] = [];
    for (let col = 0; col < GRID_SIZE; col++) values.push(fn(coordinate(col), b));
    rows.push(values);
  }
  return rows;
}

/** All three surfaces of a gated unit. */
export function sampleSurfaces(fns: GatedFunctions): Record<MapKind, number[][]> {
  return {
    f: sampleSurface((a, b) => fns.f(a, b)),
    dA: sampleSurface((a, b) => fns.dA(a, b)),
    dB: sampleSurface((a, b) => fns.dB(a, b)),
  };
}

/** The cursor: grid indices along a (i, rightwards) and b (j, upwards). Starts at a = 2, b = 1. */
export interface Cursor {
  i: number;
  j: number;
}
export const START_CURSOR: Cursor = { i: 24, j: 20 };

const clampIndex = (k: number) => Math.min(GRID_SIZE - 1, Math.max(0, k));

/**
 * Where a key moves the cursor: arrows by one step, Page Up/Down by one unit (4 steps) along b, Home/End to
 * a's ends. Returns undefined for keys the explorer does not handle, so the page keeps them.
 */
export function moveCursor(cursor: Cursor, key: string): Cursor | undefined {
  const unit = Math.round(1 / GRID_STEP);
  const moves: Record<string, Cursor> = {
    ArrowLeft: { i: cursor.i - 1, j: cursor.j },
    ArrowRight: { i: cursor.i + 1, j: cursor.j },
    ArrowUp: { i: cursor.i, j: cursor.j + 1 },
    ArrowDown: { i: cursor.i, j: cursor.j - 1 },
    PageUp: { i: cursor.i, j: cursor.j + unit },
    PageDown: { i: cursor.i, j: cursor.j - unit },
    Home: { i: 0, j: cursor.j },
    End: { i: GRID_SIZE - 1, j: cursor.j },
  };
  const next = moves[key];
  return next && { i: clampIndex(next.i), j: clampIndex(next.j) };
}

/** The grid point nearest to a position given as fractions (0 … 1) of the plot's width and height. */
export function cursorAt(fractionX: number, fractionY: number): Cursor {
  const toIndex = (fraction: number) => clampIndex(Math.floor(fraction * GRID_SIZE));
  return { i: toIndex(fractionX), j: GRID_SIZE - 1 - toIndex(fractionY) };
}
