import { describe, expect, it } from 'vitest';
import { isAllowedUrl, isPageId, variantPages } from '../../src/lib/catalogue/ids';
import { frameworkKeys, frameworkNames, frameworkNamesFor, frameworks } from '../../src/lib/catalogue/names';

describe('framework names', () => {
  it('point only at page ids, or at no page with a note saying what they are', () => {
    for (const entry of frameworkNames) {
      if (entry.fn === null) expect(entry.note, entry.name).toMatch(/no page/);
      else expect(isPageId(entry.fn), entry.name).toBe(true);
      if (entry.variantId) expect(variantPages[entry.variantId]).toBe(entry.fn);
    }
  });
  it.each(frameworkKeys)('has no duplicate name within %s', (framework) => {
    const names = frameworkNames.filter((entry) => entry.framework === framework).map((entry) => entry.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });
  it('links each framework to an https source on an allowed host', () => {
    for (const key of frameworkKeys) {
      const source = frameworks[key].source;
      if (key === 'papers') expect(source).toBeUndefined();
      else expect(source !== undefined && isAllowedUrl(source), key).toBe(true);
    }
  });
  it('writes PyTorch names in full, and the module and function of one function share a page', () => {
    const torch = frameworkNames.filter((entry) => entry.framework === 'pytorch');
    for (const entry of torch) expect(entry.name).toMatch(/^torch\./);
    const byName = new Map(torch.map((entry) => [entry.name, entry.fn]));
    expect(byName.get('torch.nn.LogSigmoid')).toBe('log-sigmoid');
    expect(byName.get('torch.nn.functional.logsigmoid')).toBe('log-sigmoid');
  });
  it('marks the defaults that differ from ours', () => {
    const note = (name: string) => frameworkNames.find((entry) => entry.name === name)?.note ?? '';
    expect(note('keras.layers.LeakyReLU')).toMatch(/0\.3/);
    expect(note('keras.activations.leaky_relu')).toMatch(/0\.2/);
    expect(note('jax.nn.gelu')).toMatch(/approximate=True/);
  });
});

describe('frameworkNamesFor', () => {
  it.each([
    ['log-sigmoid', ['F.logsigmoid', 'torch.nn.functional.logsigmoid', 'nn.LogSigmoid', 'jax.nn.log_sigmoid']],
    ['squared-relu', ['relu2']],
    ['hard-swish', ['hard_silu', 'jax.nn.hard_silu', 'nn.Hardswish', 'hardswish']],
    ['gelu', ['gelu_new', 'gelu_pytorch_tanh', 'quick_gelu', 'QuickGELU', 'F.gelu', 'nn.GELU']],
    ['swiglu', ['SwiGLU']],
    ['swish', ['silu', 'F.silu', 'nn.SiLU', 'mindspore.ops.silu']],
  ] as const)('%s is found by %j', (id, terms) => {
    const found = frameworkNamesFor(id);
    for (const term of terms) expect(found, term).toContain(term);
  });
  it('returns each term once, sorted', () => {
    const found = frameworkNamesFor('relu');
    expect(new Set(found).size).toBe(found.length);
    expect(found).toEqual([...found].sort((a, b) => a.localeCompare(b, 'en')));
  });
  it('does not leak names of other functions', () => {
    expect(frameworkNamesFor('relu')).not.toContain('relu6');
    expect(frameworkNamesFor('tanh')).not.toContain('tanhshrink');
  });
});
