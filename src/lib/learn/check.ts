/**
 * Checking a reader's answer: read the number they typed, compare it with the key within a tolerance, or
 * compare a chosen option. Pure, so the same code runs in the unit tests and in the browser.
 */

/** How close a numeric answer must be: |answer − key| ≤ max(abs, rel·|key|). */
export interface Tolerance {
  readonly abs?: number;
  readonly rel?: number;
}

/**
 * The number a reader typed, or NaN when it is not one. Accepts what people write: spaces, a typographic
 * minus (−), a decimal comma when there is no dot, "1e-6", "1×10^-6", "10^-6" and a trailing percent sign
 * (read as hundredths). Rejects anything else rather than guessing.
 */
export function parseAnswer(text: string): number {
  let s = text.trim().replace(/\s+/g, '').replace(/[−–]/g, '-');
  if (s === '') return Number.NaN;
  if (!s.includes('.') && /^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  // "a×10^b", "a*10^b", "a·10^b" and "10^b" become "aeb".
  const power = /^(?:(-?[\d.]+)[×x*·])?10\^\(?(-?\d+)\)?$/.exec(s);
  if (power) s = `${power[1] ?? '1'}e${power[2]}`;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s) * scale;
}

/** Whether `answer` is within `tolerance` of `key` (both finite). */
export function withinTolerance(answer: number, key: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(answer) || !Number.isFinite(key)) return false;
  const allowed = Math.max(tolerance.abs ?? 0, (tolerance.rel ?? 0) * Math.abs(key));
  return Math.abs(answer - key) <= allowed;
}

/** The verdict on one attempt: not a number, wrong, or right. */
export type Verdict = 'invalid' | 'wrong' | 'right';

/** Checks typed text against a numeric key. */
export function checkNumeric(text: string, key: number, tolerance: Tolerance): Verdict {
  const answer = parseAnswer(text);
  if (Number.isNaN(answer)) return 'invalid';
  return withinTolerance(answer, key, tolerance) ? 'right' : 'wrong';
}

/** Checks a chosen option (by index; null when none is chosen) against the key's index. */
export function checkChoice(chosen: number | null, key: number): Verdict {
  if (chosen === null || !Number.isInteger(chosen) || chosen < 0) return 'invalid';
  return chosen === key ? 'right' : 'wrong';
}
