import { describe, expect, it } from 'vitest';
import {
  chapterProgress,
  emptyProgress,
  markRead,
  markSolved,
  mergeProgress,
  nextChapter,
  parseProgress,
  PROGRESS_KEY,
  serializeProgress,
} from '../../src/lib/learn/progress';

describe('parseProgress', () => {
  it('round-trips what serializeProgress writes', () => {
    const p = markSolved(markRead(emptyProgress, 'relu'), 'relu/kink');
    expect(parseProgress(serializeProgress(p))).toEqual({ version: 1, read: ['relu'], solved: ['relu/kink'] });
  });
  it.each([null, '', '{', '[]', 'null', '42', '{"version":2,"read":["relu"]}', '{"read":["relu"]}'])(
    'gives empty progress for %j',
    (text) => {
      expect(parseProgress(text)).toEqual(emptyProgress);
    },
  );
  it('drops malformed entries, repeats and non-lists, and sorts', () => {
    const text = JSON.stringify({
      version: 1,
      read: ['sigmoid-and-tanh', 'relu', 'relu', 3, '<script>', 'a'.repeat(81), 'Relu'],
      solved: 'relu/kink',
    });
    expect(parseProgress(text)).toEqual({ version: 1, read: ['relu', 'sigmoid-and-tanh'], solved: [] });
  });
  it('uses a versioned key', () => {
    expect(PROGRESS_KEY).toMatch(/v1$/);
  });
});

describe('updates', () => {
  it('merge is the union of both records', () => {
    const a = { version: 1, read: ['relu'], solved: ['relu/kink'] } as const;
    const b = { version: 1, read: ['sigmoid-and-tanh', 'relu'], solved: [] } as const;
    expect(mergeProgress(a, b)).toEqual({ version: 1, read: ['relu', 'sigmoid-and-tanh'], solved: ['relu/kink'] });
  });
  it('marking twice changes nothing', () => {
    const once = markRead(emptyProgress, 'relu');
    expect(markRead(once, 'relu')).toEqual(once);
  });
  it('does not change the progress it is given', () => {
    markSolved(emptyProgress, 'relu/kink');
    expect(emptyProgress.solved).toEqual([]);
  });
});

describe('reading the state', () => {
  const p = { version: 1, read: ['a'], solved: ['b/one', 'b/three', 'c/one'] } as const;
  it('counts a chapter’s solved exercises', () => {
    expect(chapterProgress(p, 'b', ['b/one', 'b/two', 'b/three'])).toEqual({ read: false, solved: 2, total: 3 });
    expect(chapterProgress(p, 'a', [])).toEqual({ read: true, solved: 0, total: 0 });
  });
  it('finds the first unread chapter in path order, or null when all are read', () => {
    expect(nextChapter(p, ['a', 'b', 'c'])).toBe('b');
    expect(nextChapter({ ...p, read: ['a', 'b', 'c'] }, ['a', 'b', 'c'])).toBeNull();
  });
});
