import { describe, expect, it } from 'vitest';
import { xorFinalAccuracies } from '../../src/lib/learn/xor';

describe('the XOR demonstration', () => {
  it('the identity network cannot separate XOR; the ReLU network does', () => {
    const [identity, relu] = xorFinalAccuracies();
    // Any straight line leaves at least one of four equally filled quadrants on the wrong side: ≤ 75% correct.
    expect(identity).toBeLessThanOrEqual(0.8);
    expect(relu).toBeGreaterThanOrEqual(0.97);
  });
});
