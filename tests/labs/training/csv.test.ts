import { describe, expect, test } from 'vitest';
import { MAX_CSV_ROWS, parseCsv } from '../../../src/lib/labs/training/csv';

/** n rows on a line from (0, 10) to (n−1, 10), alternating labels. */
const rows = (n: number, sep = ',') => Array.from({ length: n }, (_, i) => `${i}${sep}10${sep}${i % 2}`).join('\n');

describe('parseCsv', () => {
  test('reads x₁, x₂, label rows, with or without a header, any of , ; tab', () => {
    for (const text of [rows(12), `x1,x2,label\n${rows(12)}`, rows(12, ';'), rows(12, '\t')]) {
      const r = parseCsv(text);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.data.count).toBe(12);
    }
  });

  test('fits the points into [−1, 1]² with one scale for both axes, centred on the range', () => {
    // x from 0 to 11 (range 11), y constant: x maps to −1…1, y to the centre 0.
    const r = parseCsv(rows(12));
    if (!r.ok) throw new Error('expected ok');
    expect(r.data.x[0]).toBe(-1);
    expect(r.data.x[22]).toBe(1);
    expect(r.data.x[1]).toBe(0);
    // A 4 × 2 rectangle keeps its 2:1 shape: x spans −1…1, y −0.5…0.5.
    const rect = parseCsv('0,0,0\n4,2,1\n' + '2,1,0\n'.repeat(8));
    if (!rect.ok) throw new Error('expected ok');
    expect([...rect.data.x.slice(0, 4)]).toEqual([-1, -0.5, 1, 0.5]);
  });

  test('skips blank lines and # comments; Windows line ends are fine', () => {
    const r = parseCsv(`# my data\r\n\r\n${rows(10).replace(/\n/g, '\r\n')}\r\n`);
    expect(r.ok && r.data.count).toBe(10);
  });

  test('a bad line is named with what is wrong', () => {
    const lines = rows(20).split('\n');
    lines[16] = '3,4';
    const r = parseCsv(lines.join('\n'));
    expect(r).toEqual({ ok: false, errors: ['line 17: expected 3 values (x₁, x₂, label), got 2.'] });
  });

  test('bad labels and non-numbers are named; at most five lines are listed', () => {
    const text = ['1,2,3', 'a,2,0', '1,2,yes', ...Array(10).fill('1,2,2')].join('\n');
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(5);
    expect(r.errors[0]).toBe('line 1: the label must be 0 or 1, not "3".');
    expect(r.errors[1]).toBe('line 2: x₁ and x₂ must be numbers.');
    expect(r.errors[2]).toContain('line 3');
  });

  test('a header is only the first non-blank line: text later is an error', () => {
    const r = parseCsv(`${rows(10)}\nx1,x2,label`);
    expect(r.ok).toBe(false);
  });

  test.each([
    ['too few rows', rows(5), 'At least 10'],
    ['one class only', Array(12).fill('1,2,0').join('\n'), 'Both labels'],
    ['too many rows', rows(MAX_CSV_ROWS + 1), `at most ${MAX_CSV_ROWS}`],
    ['Infinity', `Infinity,1,0\n${rows(12)}`, 'line 1'],
    ['decimal commas', `1,5;2;0\n${rows(12)}`, 'line 1'],
  ])('%s is refused', (_, text, message) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toContain(message);
  });

  test('markup in a label is quoted as plain text, cut short', () => {
    const r = parseCsv(`1,2,<img src=x onerror=alert(1)>\n${rows(12)}`);
    expect(!r.ok && r.errors[0]).toBe('line 1: the label must be 0 or 1, not "<img src=x o".');
  });
});
