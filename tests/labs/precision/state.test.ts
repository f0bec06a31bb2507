import { describe, expect, it } from 'vitest';
import {
  parsePrecisionState,
  parseRange,
  PRECISION_DEFAULTS,
  serializePrecisionState,
} from '../../../src/lib/labs/precision/state';
import { rangeOf } from '../../../src/lib/labs/precision/view';

describe('the precision lab’s URL state', () => {
  it('reads function, format and measure, and writes them back unchanged', () => {
    const query = 'fn=gelu&format=bfloat16&measure=relative';
    const { state, notices } = parsePrecisionState(query);
    expect(notices).toEqual([]);
    expect(state).toEqual({ fn: 'gelu', format: 'bfloat16', measure: 'relative', range: null });
    expect(serializePrecisionState(state)).toBe(query);
  });
  it('keeps a chosen range, swapping reversed ends with a notice', () => {
    expect(parsePrecisionState('fn=tanhshrink&xmin=-0.5&xmax=0.5').state.range).toEqual([-0.5, 0.5]);
    const { state, notices } = parsePrecisionState('xmin=3&xmax=-1');
    expect(state.range).toEqual([-1, 3]);
    expect(notices).toEqual(['xmin was larger than xmax, so they were swapped.']);
    expect(serializePrecisionState(state)).toBe('fn=softplus&format=float16&measure=ulps&xmin=-1&xmax=3');
  });
  it('falls back to each default with a notice for unknown or unusable values', () => {
    const { state, notices } = parsePrecisionState('fn=mish&format=float8&measure=bits&xmin=abc&xmax=2');
    expect(state).toEqual(PRECISION_DEFAULTS);
    expect(notices).toHaveLength(4);
    expect(notices[0]).toContain('Unknown function "mish"');
    expect(notices[1]).toContain('Unknown format "float8"; float16 was used');
    expect(notices[3]).toContain('between −1000 and 1000');
  });
  it('refuses ranges beyond ±1000 or narrower than 1e-9', () => {
    const notices: string[] = [];
    expect(parseRange('-2000', '0', notices)).toBeNull();
    expect(parseRange('1', '1', notices)).toBeNull();
    expect(parseRange('−2', '2', notices)).toEqual([-2, 2]); // a typed minus sign reads as minus
    expect(notices).toHaveLength(2);
  });
  it('uses the case’s default range for the format unless one was chosen', () => {
    expect(rangeOf(PRECISION_DEFAULTS)).toEqual([-20, 20]);
    expect(rangeOf({ ...PRECISION_DEFAULTS, format: 'float64' })).toEqual([-800, 800]);
    expect(rangeOf({ ...PRECISION_DEFAULTS, range: [0, 1] })).toEqual([0, 1]);
  });
});
