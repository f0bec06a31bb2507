import { describe, expect, test } from 'vitest';
import { activationIds } from '../../../src/lib/activations';
import type { TrainingSnapshot } from '../../../src/lib/labs/training/run';
import {
  boundaryLabel,
  canDie,
  deadTableHtml,
  formatLoss,
  phaseMessage,
  resultsTableHtml,
} from '../../../src/lib/labs/training/view';

/** Which activations have f′ = 0 on a whole interval, by hand from their definitions. */
// Flat pieces, from each definition: below 0 (rectifiers), outside the slope (hard functions, threshold),
// below −1 (sparse-plus), inside [−λ, λ] (the shrink functions), everywhere (binary step).
const dies = new Set([
  'binary-step',
  'hard-sigmoid',
  'hard-tanh',
  'relu',
  'relu6',
  'squared-relu',
  'threshold',
  'sparse-plus',
  'hard-swish',
  'softshrink',
  'hardshrink',
]);

describe('canDie', () => {
  test.each(activationIds)('%s', (id) => {
    expect(canDie(id)).toBe(dies.has(id));
  });
});

const snapshot: TrainingSnapshot = {
  epoch: 12,
  trainLoss: [0.123456, NaN],
  testLoss: [0.2, Infinity],
  trainAccuracy: [0.9, 0.5],
  testAccuracy: [0.875, 0.5],
  deadShares: [
    [0.25, 0.5],
    [0, 0],
  ],
  grids: new Uint8Array(0),
};

describe('results table', () => {
  const html = resultsTableHtml([['relu'], ['tanh']], snapshot);

  test('has a caption with the epoch and one row per network, in order', () => {
    expect(html).toContain('<caption>After 12 epochs</caption>');
    expect([...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['relu', 'tanh']);
  });

  test('carries the raw numbers in data attributes and rounds them for reading', () => {
    expect(html).toContain('data-loss="0.123456"');
    expect(html).toContain('data-test-accuracy="0.875"');
    expect(html).toContain('<td>0.1235</td>');
    expect(html).toContain('<td>88%</td>');
  });

  test('says "diverged" for a loss that is not finite', () => {
    expect(html.match(/<td>diverged<\/td>/g)).toHaveLength(2);
  });

  test.each([
    [0.5, '0.5'],
    [1.23456e-7, '1.235e−7'],
    [NaN, 'diverged'],
    [Infinity, 'diverged'],
  ])('formatLoss(%s) = %s', (loss, text) => expect(formatLoss(loss)).toBe(text));
});

describe('dead-unit table', () => {
  test('lists only the networks whose activation can die, one column per hidden layer', () => {
    const html = deadTableHtml([['relu'], ['tanh']], snapshot);
    expect(html.match(/<tr data-id=/g)).toHaveLength(1);
    expect(html).toContain('<th scope="col">Layer 2</th>');
    expect(html).toContain('<td>25%</td><td>50%</td>');
    expect(html).toContain('data-dead="0.25 0.5"');
  });

  test('is empty when no chosen activation can die', () => {
    expect(deadTableHtml([['tanh'], ['gelu']], { ...snapshot, deadShares: [[0], [0]] })).toBe('');
  });
});

test('the heat-map label names the network, the epoch and the test accuracy', () => {
  expect(boundaryLabel(['relu'], { ...snapshot, epoch: 1 }, 0)).toBe(
    'Decision boundary of the ReLU network after 1 epoch: test accuracy 88%.',
  );
});

test.each([
  ['paused', 0, 300, 4, 0, '4 networks at epoch 0. Press Play to train.'],
  ['paused', 120, 300, 1, 0, 'Paused at epoch 120 of 300.'],
  ['playing', 12, 300, 1, 0, 'Training 1 network…'],
  ['done', 300, 300, 6, 1234, 'Trained 6 networks for 300 epochs in 1.2 s.'],
  ['done', 1, 1, 2, 40, 'Trained 2 networks for 1 epoch in 0.0 s.'],
] as const)(
  'the status when %s at epoch %i of %i (%i networks, %i ms) reads “%s”',
  (phase, epoch, epochs, n, ms, text) => {
    expect(phaseMessage(phase, epoch, epochs, n, ms)).toBe(text);
  },
);
