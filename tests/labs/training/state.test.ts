import { describe, expect, test } from 'vitest';
import {
  batchSizes,
  EPOCHS_RANGE,
  learningRates,
  MAX_FUNCTIONS,
  MAX_LISTED,
  parseTrainingLabState,
  sameRun,
  serializeTrainingLabState,
  TRAINING_DEFAULTS,
  type TrainingLabState,
} from '../../../src/lib/labs/training/state';

const D = TRAINING_DEFAULTS;

describe('training lab state: defaults and round trips', () => {
  test('an empty query gives the defaults without notices', () => {
    expect(parseTrainingLabState('')).toEqual({ state: D, notices: [] });
  });

  test('the defaults serialise to one fixed, readable query string', () => {
    expect(serializeTrainingLabState(D)).toBe(
      'data=spiral&noise=0.05&fns=relu,leaky-relu,tanh,sigmoid&layers=2&width=16&opt=adam&lr=0.03&batch=16&epochs=300&init=he-normal&seed=1&speed=30',
    );
  });

  const states: [string, TrainingLabState][] = [
    ['the defaults', D],
    [
      'every setting changed',
      {
        dataset: 'moons',
        noise: 0.37,
        nets: [['gelu'], ['elu'], ['relu6']],
        custom: '',
        layers: 5,
        width: 2,
        optimizer: 'momentum',
        learningRate: 0.0001,
        batch: 'full',
        epochs: EPOCHS_RANGE[1],
        init: 'auto',
        seed: 2 ** 31 - 1,
        speed: 'max',
      },
    ],
    [
      'the lower bounds',
      {
        ...D,
        dataset: 'xor',
        noise: 0,
        nets: [['identity']],
        layers: 1,
        width: 2,
        learningRate: 3,
        batch: 1,
        epochs: 1,
        seed: 0,
      },
    ],
    [
      'six functions in a chosen order',
      { ...D, nets: [['tanh'], ['relu'], ['selu'], ['mish'], ['swish'], ['hard-swish']] },
    ],
  ];
  test.each(states)('%s survive serialise → parse unchanged, without notices', (_, state) => {
    expect(parseTrainingLabState(serializeTrainingLabState(state))).toEqual({ state, notices: [] });
  });

  test.each(learningRates)('learning rate %s round-trips exactly', (lr) => {
    expect(parseTrainingLabState(serializeTrainingLabState({ ...D, learningRate: lr })).state.learningRate).toBe(lr);
  });

  test.each(batchSizes)('batch size %s round-trips', (batch) => {
    expect(parseTrainingLabState(serializeTrainingLabState({ ...D, batch })).state.batch).toBe(batch);
  });
});

describe('training lab state: bad input falls back with a notice', () => {
  const cases: [string, keyof TrainingLabState, string][] = [
    ['data=galaxy', 'dataset', 'dataset'],
    ['noise=-0.1', 'noise', 'noise'],
    ['noise=0.9', 'noise', 'noise'],
    ['noise=banana', 'noise', 'noise'],
    ['noise=', 'noise', 'noise'],
    ['layers=0', 'layers', 'layers'],
    ['layers=6', 'layers', 'layers'],
    ['layers=2.5', 'layers', 'layers'],
    ['width=1', 'width', 'width'],
    ['width=33', 'width', 'width'],
    ['width=1e1', 'width', 'width'],
    ['opt=rmsprop', 'optimizer', 'optimizer'],
    ['lr=0.05', 'learningRate', 'learning rate'],
    ['lr=', 'learningRate', 'learning rate'],
    ['lr=Infinity', 'learningRate', 'learning rate'],
    ['batch=10', 'batch', 'batch size'],
    ['batch=0', 'batch', 'batch size'],
    ['epochs=0', 'epochs', 'epochs'],
    ['epochs=5001', 'epochs', 'epochs'],
    ['epochs=-3', 'epochs', 'epochs'],
    ['init=orthogonal', 'init', 'initialisation'],
    ['seed=-1', 'seed', 'seed'],
    ['seed=2147483648', 'seed', 'seed'],
    ['seed=0x10', 'seed', 'seed'],
    ['fns=nope', 'nets', 'nope'],
    ['speed=warp', 'speed', 'speed'],
  ];
  test.each(cases)('%s gives the default %s and a notice naming %s', (query, key, word) => {
    const { state, notices } = parseTrainingLabState(query);
    expect(state[key]).toEqual(D[key]);
    expect(notices).toHaveLength(key === 'nets' ? 2 : 1);
    expect(notices.join(' ')).toContain(word);
    expect({ ...state, [key]: D[key] }).toEqual(D);
  });

  test('several bad values give one notice each and keep the good ones', () => {
    const { state, notices } = parseTrainingLabState('data=moons&layers=99&lr=7&seed=3');
    expect(state).toEqual({ ...D, dataset: 'moons', seed: 3 });
    expect(notices).toHaveLength(2);
  });

  test('a very long value is cut short in the notice', () => {
    const { notices } = parseTrainingLabState(`opt=${'x'.repeat(5000)}`);
    expect(notices[0]!.length).toBeLessThan(200);
  });
});

describe('training lab state: normalisation and caps', () => {
  test('noise off the 0.01 grid is rounded to it, with a notice', () => {
    const { state, notices } = parseTrainingLabState('noise=0.123');
    expect(state.noise).toBe(0.12);
    expect(notices).toEqual(['noise was rounded to 0.12.']);
  });

  test.each([
    ['lr=0.030', 'learningRate', 0.03],
    ['lr=3e-2', 'learningRate', 0.03],
    ['batch=FULL', 'batch', 'full'],
    ['batch=016', 'batch', 16],
    ['data=Moons', 'dataset', 'moons'],
    ['epochs= 40 ', 'epochs', 40],
  ] as const)('%s is read as %s = %s without a notice', (query, key, value) => {
    expect(parseTrainingLabState(query)).toEqual({ state: { ...D, [key]: value }, notices: [] });
  });

  test('function ids are read case-insensitively, duplicates dropped, order kept', () => {
    expect(parseTrainingLabState('fns=TANH, relu ,tanh,,gelu')).toEqual({
      state: { ...D, nets: [['tanh'], ['relu'], ['gelu']] },
      notices: [],
    });
  });

  test(`keeps the first ${MAX_FUNCTIONS} functions, with a notice`, () => {
    const { state, notices } = parseTrainingLabState('fns=relu,tanh,sigmoid,elu,selu,celu,gelu,swish');
    expect(state.nets).toEqual([['relu'], ['tanh'], ['sigmoid'], ['elu'], ['selu'], ['celu']]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(String(MAX_FUNCTIONS));
  });

  test(`reads at most ${MAX_LISTED} entries of a huge list`, () => {
    const { state, notices } = parseTrainingLabState(`fns=${'x,'.repeat(10_000)}relu`);
    expect(state.nets).toEqual(D.nets);
    expect(notices[0]).toContain(`first ${MAX_LISTED}`);
  });

  test('unknown functions are named (five at most) and known ones kept', () => {
    const { state, notices } = parseTrainingLabState('fns=a,b,relu,c,d,e,f');
    expect(state.nets).toEqual([['relu']]);
    expect(notices).toEqual(['Unknown functions ignored: a, b, c, d, e, ….']);
  });
});

describe('sameRun', () => {
  test.each([
    ['only the epochs differ', { epochs: 900 }, true],
    ['nothing differs', {}, true],
    ['only the speed differs', { speed: 'max' }, true],
    ['the seed differs', { seed: 2 }, false],
    ['the noise differs', { noise: 0.2 }, false],
    ['the order of the functions differs', { nets: [...D.nets].reverse() }, false],
  ] as const)('is %s → %s', (_, change, expected) => {
    expect(sameRun(D, { ...D, ...change })).toBe(expected);
  });
});
