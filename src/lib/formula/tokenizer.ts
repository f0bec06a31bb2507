/**
 * The tokenizer: a hand-written scanner over the characters, nothing else. Readers paste from the site, so
 * the Unicode minus − (U+2212), × (U+00D7) and · (U+00B7, also ⋅ U+22C5) and ÷ (U+00F7) are read as - * * /.
 * It scans lazily, one token per call, so the parser reports the leftmost error whether it is lexical or
 * syntactic.
 */
import { FormulaSyntaxError, messages } from './messages';

export type TokenType = 'num' | 'name' | 'op' | '(' | ')' | ',' | 'end';

export interface Token {
  readonly type: TokenType;
  /** The canonical text: the operator in ASCII, the name, or the number as written. */
  readonly text: string;
  /** The number's value, for 'num' tokens. */
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

const OPERATORS: ReadonlyMap<string, string> = new Map([
  ['+', '+'],
  ['-', '-'],
  ['\u2212', '-'],
  ['*', '*'],
  ['\u00d7', '*'],
  ['\u00b7', '*'],
  ['\u22c5', '*'],
  ['/', '/'],
  ['\u00f7', '/'],
  ['^', '^'],
]);

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isNameStart = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z_]/.test(ch);
const isNamePart = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_]/.test(ch);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** A number: digits with at most one dot, then optionally e or E, a sign and digits. */
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class Tokenizer {
  #pos = 0;
  constructor(readonly text: string) {}

  /** The next token; at the end, an 'end' token at the text's length. Throws FormulaSyntaxError. */
  next(): Token {
    const s = this.text;
    while (isSpace(s[this.#pos])) this.#pos++;
    const start = this.#pos;
    const ch = s[start];
    if (ch === undefined) return { type: 'end', text: '', value: NaN, start, end: start };
    if (isDigit(ch) || ch === '.') return this.#number(start);
    if (isNameStart(ch)) {
      let end = start + 1;
      while (isNamePart(s[end])) end++;
      return this.#emit('name', s.slice(start, end), start, end);
    }
    const op = OPERATORS.get(ch);
    if (op !== undefined) return this.#emit('op', op, start, start + 1);
    if (ch === '(' || ch === ')' || ch === ',') return this.#emit(ch, ch, start, start + 1);
    // Report a whole character even if it is a surrogate pair (an emoji is one character to a reader).
    const char = String.fromCodePoint(s.codePointAt(start) ?? 0);
    throw new FormulaSyntaxError(messages.unexpectedChar(char, start), start, start + char.length);
  }

  /**
   * Digits and dots greedily (so `1.2.3` and `..5` are one malformed number, not two numbers), then an
   * exponent: `e` with digits, or with a sign and digits. An `e` followed by a letter ends the number
   * (`2exp(x)` is 2 then exp, and gets the missing-operator message); a bare trailing `e` (`1e`, `1e+`) is
   * malformed.
   */
  #number(start: number): Token {
    const s = this.text;
    let end = start;
    while (isDigit(s[end]) || s[end] === '.') end++;
    if (s[end] === 'e' || s[end] === 'E') {
      let k = end + 1;
      if (s[k] === '+' || s[k] === '-') k++;
      if (isDigit(s[k])) {
        while (isDigit(s[k])) k++;
        end = k;
      } else if (!isNamePart(s[end + 1])) {
        end = k;
      }
    }
    const raw = s.slice(start, end);
    if (!NUMBER.test(raw)) {
      if (raw === '.') throw new FormulaSyntaxError(messages.unexpectedChar('.', start), start, start + 1);
      throw new FormulaSyntaxError(messages.badNumber(raw, start), start, end);
    }
    this.#pos = end;
    return { type: 'num', text: raw, value: Number(raw), start, end };
  }

  #emit(type: TokenType, text: string, start: number, end: number): Token {
    this.#pos = end;
    return { type, text, value: NaN, start, end };
  }
}
