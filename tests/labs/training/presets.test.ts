/** The one-click stories parse cleanly and, trained, show what their text says. */
import { describe, expect, test } from 'vitest';
import { training } from '../../../src/lib/i18n/en/training';
import { presetQueries } from '../../../src/lib/labs/training/presets';
import { createTrainingRun } from '../../../src/lib/labs/training/run';
import { parseTrainingLabState, serializeTrainingLabState } from '../../../src/lib/labs/training/state';

function trained(query: string) {
  const { state } = parseTrainingLabState(query);
  const run = createTrainingRun(state);
  for (let e = 0; e < state.epochs; e++) run.advance();
  return run.snapshot();
}

describe('presets', () => {
  test('one text per preset', () => expect(training.presets).toHaveLength(presetQueries.length));

  test.each(presetQueries)('%s parses without notices and is its own canonical URL', (query) => {
    const { state, notices } = parseTrainingLabState(query);
    expect(notices).toEqual([]);
    expect(serializeTrainingLabState(state)).toBe(query);
  });

  test('sigmoid at depth 5 stays near ln 2 while ReLU learns', { timeout: 120_000 }, () => {
    const s = trained(presetQueries[0]);
    expect(s.trainLoss[0]).toBeGreaterThan(0.68); // sigmoid
    expect(s.trainLoss[2]).toBeLessThan(0.5); // relu
  });

  test('a learning rate of 1 kills most ReLU units and no Leaky ReLU unit', { timeout: 120_000 }, () => {
    const s = trained(presetQueries[1]);
    expect(Math.min(...s.deadShares[0]!)).toBeGreaterThan(0.5);
    expect(Math.max(...s.deadShares[1]!)).toBe(0);
  });

  test('under LeCun initialisation at depth 5, SELU ends with the lowest loss', { timeout: 120_000 }, () => {
    const s = trained(presetQueries[2]);
    expect(s.trainLoss[0]).toBe(Math.min(...s.trainLoss));
  });

  test('the formula x*tanh(softplus(x)) trains like Mish', { timeout: 120_000 }, () => {
    const s = trained(presetQueries[4].replace('epochs=300', 'epochs=30'));
    expect(Math.abs(s.trainLoss[0]! - s.trainLoss[1]!)).toBeLessThan(1e-9);
  });
});
