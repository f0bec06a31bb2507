import { describe, expect, it } from 'vitest';
import { modelUses } from '../../src/lib/catalogue/models';
import { frameworkKeys, frameworkNames, frameworks } from '../../src/lib/catalogue/names';
import { catalogueText, catalogueZh, frameworkLabel, frameworkNameLabels } from '../../src/lib/catalogue/zh';

// A CJK Unified Ideograph: a rendering without one is still English (or only a formula).
const cjk = /\p{Script=Han}/u;

const labels = frameworkKeys.map((key) => frameworks[key].label);
const proseLabels = labels.filter((label) => !frameworkNameLabels.has(label));
const phrases = [
  ...modelUses.flatMap((use) => [use.block, use.variant]),
  ...frameworkNames.flatMap((entry) => (entry.note === undefined ? [] : [entry.note])),
  ...proseLabels,
];

describe('the catalogue in Chinese', () => {
  it.each([...new Set(phrases)])('renders "%s" in Chinese', (phrase) => {
    expect(catalogueText(phrase, 'zh')).toMatch(cjk);
  });
  it('keeps no entry that no row uses, so a reworded English phrase leaves nothing stale behind', () => {
    const used = new Set(phrases);
    expect(Object.keys(catalogueZh).filter((key) => !used.has(key))).toEqual([]);
  });
  it('treats as names only labels that are labels, and translates the two descriptive ones', () => {
    for (const name of frameworkNameLabels) expect(labels).toContain(name);
    expect(proseLabels).toEqual(['Hugging Face transformers (ACT2FN key)', 'Papers and model code']);
    expect(frameworkLabel('PyTorch', 'zh')).toBe('PyTorch');
    expect(frameworkLabel('Papers and model code', 'zh')).toBe('论文与模型代码');
  });
  it('returns the English phrase unchanged for English, even one with no Chinese entry', () => {
    expect(catalogueText('feed-forward (MLP)', 'en')).toBe('feed-forward (MLP)');
    expect(catalogueText('a phrase added yesterday', 'en')).toBe('a phrase added yesterday');
    expect(frameworkLabel('Papers and model code', 'en')).toBe('Papers and model code');
  });
  it('throws, naming the phrase, when a Chinese rendering is missing', () => {
    expect(() => catalogueText('a phrase added yesterday', 'zh')).toThrow(/"a phrase added yesterday"/);
    // Inherited object keys are not entries.
    expect(() => catalogueText('constructor', 'zh')).toThrow(/"constructor"/);
  });
  it('keeps formulas, code names and numbers of a phrase in its rendering', () => {
    expect(catalogueText('tanh GELU: 0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))', 'zh')).toContain(
      '0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))',
    );
    expect(catalogueText('negative_slope defaults to 0.3 (ours 0.01)', 'zh')).toMatch(/negative_slope.*0\.3.*0\.01/);
  });
});
