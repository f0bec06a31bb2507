/**
 * The reader's own points: CSV text of x₁, x₂, label (0 or 1), one point a line, read in the browser and
 * never sent anywhere. Separators: comma, semicolon or tab. A first line that is not numbers is a header;
 * blank lines and lines starting with # are skipped. Any bad line rejects the file, naming up to five lines,
 * so the lab never trains on data the reader did not mean.
 *
 * The points are then fitted into the lab's square [−1, 1]²: shifted so the middle of their range is at the
 * origin and scaled by one factor for both axes (the larger range spans −1…1), so shapes keep their
 * proportions. Pure; no DOM.
 */
import type { Dataset } from '../../nn';
import { training as trainingEn, type TrainingStrings } from '../../i18n/en/training';

/** Rows read at most: enough for the lab's plots and a few seconds of training per epoch at most. */
export const MAX_CSV_ROWS = 5000;
/** Fewer points cannot be split into training and test sets worth the name. */
export const MIN_CSV_ROWS = 10;
/** Lines named in an error message, at most. */
const MAX_NAMED = 5;

export type CsvResult =
  | { readonly ok: true; readonly data: Dataset; readonly header: boolean }
  | { readonly ok: false; readonly errors: readonly string[] };

type CsvStrings = TrainingStrings['csv'];

/** A number as CSV writes it ("1.5", "-2e-3", " 3 "); anything else (empty, "1,5", "0x10", "Infinity") is NaN. */
function readNumber(text: string): number {
  const t = text.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
}

/** Parse CSV text into a 2-feature, 2-class dataset fitted into [−1, 1]². Never throws. */
export function parseCsv(text: string, t: CsvStrings = trainingEn.csv): CsvResult {
  const lines = text.split(/\r\n|\r|\n/);
  const rows: [number, number, number][] = [];
  const errors: string[] = [];
  let header = false;
  let seenData = false;
  for (let i = 0; i < lines.length && errors.length < MAX_NAMED; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(/[,;\t]/);
    const numbers = fields.map(readNumber);
    if (!seenData && !header && numbers.every(Number.isNaN)) {
      header = true; // a header such as "x1,x2,label": no field is a number
      continue;
    }
    seenData = true;
    if (fields.length !== 3) errors.push(t.fieldCount(i + 1, fields.length));
    else if (numbers.slice(0, 2).some((v) => !Number.isFinite(v))) errors.push(t.notNumber(i + 1));
    else if (numbers[2] !== 0 && numbers[2] !== 1) errors.push(t.badLabel(i + 1, fields[2]!.trim().slice(0, 12)));
    else if (rows.length >= MAX_CSV_ROWS) {
      errors.push(t.tooMany(MAX_CSV_ROWS));
      break;
    } else rows.push(numbers as [number, number, number]);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length < MIN_CSV_ROWS) return { ok: false, errors: [t.tooFew(MIN_CSV_ROWS, rows.length)] };
  if (!rows.some((r) => r[2] === 0) || !rows.some((r) => r[2] === 1)) return { ok: false, errors: [t.oneClass] };
  return { ok: true, data: fitToSquare(rows), header };
}

/** The rows as a Dataset, shifted and scaled into [−1, 1]² by one factor for both axes. */
export function fitToSquare(rows: readonly (readonly [number, number, number])[]): Dataset {
  const xs = rows.map((r) => r[0]);
  const ys = rows.map((r) => r[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const half = Math.max(x1 - x0, y1 - y0) / 2;
  // All points equal: nothing to scale, only to centre.
  const scale = half > 0 ? 1 / half : 1;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const x = new Float64Array(rows.length * 2);
  const y = new Uint8Array(rows.length);
  rows.forEach((r, n) => {
    x[2 * n] = (r[0] - cx) * scale;
    x[2 * n + 1] = (r[1] - cy) * scale;
    y[n] = r[2];
  });
  return { x, y, count: rows.length, features: 2, classes: 2 };
}
