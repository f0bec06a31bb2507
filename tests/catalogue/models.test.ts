import { describe, expect, it } from 'vitest';
import { catalogueIds } from '../../src/lib/activations';
import { isAllowedUrl, isPageId, pageIds, variantPages } from '../../src/lib/catalogue/ids';
import { modelUses, modelsUsing } from '../../src/lib/catalogue/models';

/** The catalogue once the new pages land, as listed in the task brief (independent of ids.ts). */
const finalIds = [
  ...['identity', 'binary-step', 'sigmoid', 'tanh', 'softsign', 'hard-sigmoid', 'hard-tanh', 'relu', 'relu6'],
  ...['leaky-relu', 'prelu', 'rrelu', 'elu', 'selu', 'celu', 'softplus', 'gelu', 'swish', 'mish', 'hard-swish'],
  ...['softmax', 'log-sigmoid', 'squared-relu', 'threshold', 'softshrink', 'hardshrink', 'tanhshrink'],
  ...['squareplus', 'sparse-plus', 'snake', 'sine', 'sparsemax', 'glu', 'reglu', 'geglu', 'swiglu'],
];

describe('page ids', () => {
  it('are exactly the final catalogue, with no duplicates', () => {
    expect([...pageIds].sort()).toEqual([...finalIds].sort());
  });
  it('include every id that has a page today', () => {
    for (const id of catalogueIds) expect(isPageId(id), id).toBe(true);
  });
  it('send both GELU variants to the GELU page', () => {
    expect(variantPages).toEqual({ 'gelu-tanh': 'gelu', 'quick-gelu': 'gelu' });
  });
});

describe('isAllowedUrl', () => {
  it.each([
    ['https://github.com/openai/CLIP/blob/main/clip/model.py', true],
    ['http://github.com/openai/CLIP', false],
    ['https://github.com.evil.example/x', false],
    ['https://raw.githubusercontent.com/x', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => expect(isAllowedUrl(url)).toBe(ok));
});

describe('models', () => {
  it('lists at least twelve model families', () => {
    const families = new Set(modelUses.map((use) => use.model.split(/ \(| and /)[0]));
    expect(families.size).toBeGreaterThanOrEqual(12);
  });
  it.each(modelUses.map((use) => [`${use.model}: ${use.block}`, use] as const))(
    '%s has a checkable source',
    (_, use) => {
      expect(finalIds).toContain(use.fn);
      expect(isAllowedUrl(use.source.url), use.source.url).toBe(true);
      expect(use.source.url).toContain(use.source.file);
      expect(use.source.symbol.length).toBeGreaterThan(0);
      if (use.variantId) expect(variantPages[use.variantId]).toBe(use.fn);
      // A line anchor is only meaningful on a pinned commit: main moves under it.
      if (use.source.url.includes('#L')) expect(use.source.url).toMatch(/\/blob\/[0-9a-f]{40}\//);
    },
  );
  it('has no two identical rows', () => {
    const keys = modelUses.map((use) => `${use.model}|${use.block}|${use.fn}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('modelsUsing', () => {
  it('finds the SwiGLU feed-forwards of LLaMA 1, 2, 3 and Mistral', () => {
    expect(modelsUsing('swiglu').map((use) => use.model)).toEqual(['LLaMA 1', 'Llama 2', 'Llama 3', 'Mistral 7B']);
  });
  it('gives a variant only its own rows and the GELU page all of them', () => {
    expect(modelsUsing('quick-gelu').map((use) => use.model)).toEqual(['CLIP (OpenAI)']);
    const gelu = modelsUsing('gelu').map((use) => use.model);
    expect(gelu).toContain('CLIP (OpenAI)');
    expect(gelu).toContain('ConvNeXt');
    expect(gelu).toContain('GPT-2');
  });
  it('returns nothing for a function no listed model uses', () => {
    expect(modelsUsing('rrelu')).toEqual([]);
  });
});
