import { describe, expect, it } from 'vitest';
import { aroundValue } from '../../src/lib/i18n/fill';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';

describe('aroundValue', () => {
  it('splits a message into the text before and after its argument', () => {
    expect(aroundValue((names) => `Also known in frameworks as ${names}.`)).toEqual([
      'Also known in frameworks as ',
      '.',
    ]);
    expect(aroundValue((names) => `在各框架中也叫${names}。`)).toEqual(['在各框架中也叫', '。']);
  });
  it('gives the whole message as `before` when the argument is not used', () => {
    expect(aroundValue(() => 'no argument')).toEqual(['no argument', '']);
  });
  it('rebuilds both editions of the framework-names message around a real argument', () => {
    for (const table of [en, zh]) {
      const [before, after] = aroundValue(table.functions.frameworkNames);
      expect(before + 'relu, ReLU' + after).toBe(table.functions.frameworkNames('relu, ReLU'));
    }
  });
});
