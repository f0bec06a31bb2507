import { describe, expect, it } from 'vitest';
import { activations } from '../../src/lib/activations';
import { kinkNote, kinkNotesZh } from '../../src/lib/activations/notes-zh';

// A CJK Unified Ideograph: a rendering without one is still English (or only a formula).
const cjk = /\p{Script=Han}/u;

const notes = activations.flatMap((spec) => spec.kinks.map((kink) => kink.note));

describe('the kink notes in Chinese', () => {
  it('has notes to check (the registry lists kinks)', () => {
    expect(notes.length).toBeGreaterThan(20);
  });
  it.each([...new Set(notes)])('renders "%s" in Chinese', (note) => {
    expect(kinkNote(note, 'zh')).toMatch(cjk);
  });
  it('keeps no entry that no kink uses, so a reworded English note leaves nothing stale behind', () => {
    const used = new Set(notes);
    expect(Object.keys(kinkNotesZh).filter((key) => !used.has(key))).toEqual([]);
  });
  it('returns the English note unchanged for English, even one with no Chinese entry', () => {
    expect(kinkNote('PyTorch returns 0 at x = 6.', 'en')).toBe('PyTorch returns 0 at x = 6.');
    expect(kinkNote('a note added yesterday', 'en')).toBe('a note added yesterday');
  });
  it('throws, naming the note, when a Chinese rendering is missing', () => {
    expect(() => kinkNote('a note added yesterday', 'zh')).toThrow(/"a note added yesterday"/);
    expect(() => kinkNote('constructor', 'zh')).toThrow(/"constructor"/);
  });
  it('keeps issue references, version numbers and the values returned at the kink', () => {
    const hardSwish = notes.filter((note) => note.includes('PyTorch 2.6'));
    expect(hardSwish).toHaveLength(2);
    expect(kinkNote(hardSwish[0]!, 'zh')).toMatch(/PyTorch 2\.6.*pytorch\/pytorch#147801.*#148049/);
    expect(kinkNote(hardSwish[1]!, 'zh')).toContain('3/2');
    // Every formula-like token of an English note (x = …, numbers, code names) survives in its rendering.
    for (const note of notes) {
      const tokens = note.match(/x = −?(?:\d+(?:\.\d+)?|[λθ])|\d+(?:\.\d+)?|[a-z]+_[a-z_]+|jnp\.\w+/g) ?? [];
      for (const token of tokens) expect(kinkNote(note, 'zh'), note).toContain(token);
    }
  });
});
