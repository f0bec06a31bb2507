/**
 * The only code that touches localStorage for the learning path. Each save re-reads and merges, so two tabs
 * never overwrite each other's progress; every change is announced with a `learn-progress` event.
 */
import {
  emptyProgress,
  mergeProgress,
  parseProgress,
  PROGRESS_KEY,
  serializeProgress,
  type Progress,
} from '../../lib/learn/progress';

/** The stored progress; empty when storage is unavailable (private mode, blocked cookies). */
export function loadProgress(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return emptyProgress;
  }
}

/** Applies `change` to the stored progress and saves the union with what is stored. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const next = mergeProgress(loadProgress(), change(loadProgress()));
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(next));
  } catch {
    // Storage full or blocked: the page keeps working, the progress just is not remembered.
  }
  dispatchEvent(new CustomEvent('learn-progress'));
  return next;
}

/** Forgets everything. */
export function resetProgress(): void {
  try {
    localStorage.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
  dispatchEvent(new CustomEvent('learn-progress'));
}
