import { describe, expect, it } from 'vitest';
import {
  GRID_SIZE,
  START_CURSOR,
  coordinate,
  cursorAt,
  moveCursor,
  sampleSurface,
  sampleSurfaces,
} from '../../src/lib/gated/grid';

describe('gated grid', () => {
  it('has 33 points per axis from −4 to 4 in steps of 0.25, exactly', () => {
    expect(GRID_SIZE).toBe(33);
    expect(coordinate(0)).toBe(-4);
    expect(coordinate(16)).toBe(0);
    expect(coordinate(32)).toBe(4);
    expect(coordinate(21)).toBe(1.25);
  });

  it('samples rows from b = 4 at the top down to b = −4, columns from a = −4 to 4', () => {
    const values = sampleSurface((a, b) => a + 100 * b);
    expect(values).toHaveLength(33);
    expect(values[0]).toHaveLength(33);
    expect(values[0]![0]).toBe(-4 + 400);
    expect(values[0]![32]).toBe(4 + 400);
    expect(values[32]![0]).toBe(-4 - 400);
    expect(values[16]![16]).toBe(0);
  });

  it('samples the three surfaces from their own functions', () => {
    const surfaces = sampleSurfaces({ f: (a, b) => a * b, dA: (_a, b) => b, dB: (a) => a });
    expect(surfaces.f[0]![32]).toBe(16); // a = 4, b = 4
    expect(surfaces.dA[0]![0]).toBe(4); // ∂(ab)/∂a = b = 4 on the top row
    expect(surfaces.dB[32]![0]).toBe(-4); // ∂(ab)/∂b = a = −4 in the left column
  });

  it('starts the cursor at a = 2, b = 1', () => {
    expect(coordinate(START_CURSOR.i)).toBe(2);
    expect(coordinate(START_CURSOR.j)).toBe(1);
  });

  it('moves the cursor by one step per arrow key and one unit per page key, clamped to the grid', () => {
    expect(moveCursor({ i: 5, j: 5 }, 'ArrowRight')).toEqual({ i: 6, j: 5 });
    expect(moveCursor({ i: 5, j: 5 }, 'ArrowUp')).toEqual({ i: 5, j: 6 });
    expect(moveCursor({ i: 5, j: 5 }, 'PageDown')).toEqual({ i: 5, j: 1 });
    expect(moveCursor({ i: 0, j: 0 }, 'ArrowLeft')).toEqual({ i: 0, j: 0 });
    expect(moveCursor({ i: 32, j: 30 }, 'PageUp')).toEqual({ i: 32, j: 32 });
    expect(moveCursor({ i: 7, j: 9 }, 'End')).toEqual({ i: 32, j: 9 });
    expect(moveCursor({ i: 7, j: 9 }, 'Home')).toEqual({ i: 0, j: 9 });
  });

  it('leaves keys it does not handle to the page', () => {
    expect(moveCursor({ i: 5, j: 5 }, 'Tab')).toBeUndefined();
    expect(moveCursor({ i: 5, j: 5 }, 'Enter')).toBeUndefined();
  });

  it('maps a pointer position to the cell under it (top-left is a = −4, b = 4)', () => {
    expect(cursorAt(0, 0)).toEqual({ i: 0, j: 32 });
    expect(cursorAt(0.999, 0.999)).toEqual({ i: 32, j: 0 });
    expect(cursorAt(0.5, 0.5)).toEqual({ i: 16, j: 16 });
    expect(cursorAt(1.2, -0.1)).toEqual({ i: 32, j: 32 });
  });
});
