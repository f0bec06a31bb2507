/**
 * Parse errors as data. Positions are UTF-16 offsets into the text the reader typed (what String#slice and
 * a text input's selection use): `start` inclusive, `end` exclusive, so `text.slice(start, end)` is the part
 * to underline. Messages count positions from 1, as a reader does. Input is quoted between backticks and
 * never more than QUOTE_MAX characters of it, so a hostile string cannot flood the page.
 */

/** A failed parse. The parser returns this; it never throws. */
export interface FormulaError {
  readonly ok: false;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** Longest formula accepted, in UTF-16 code units. */
export const MAX_LENGTH = 500;
/** Deepest nesting of parentheses (groups and calls together) accepted. */
export const MAX_DEPTH = 64;
/** Longest quotation of the input inside a message. */
export const QUOTE_MAX = 20;

/** Thrown inside the parser only, and turned into a FormulaError at its boundary. */
export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

/** The text cut to QUOTE_MAX characters: its head (or, with `keep: 'tail'`, its tail) and an ellipsis. */
export function elide(text: string, keep: 'head' | 'tail' = 'head'): string {
  if (text.length <= QUOTE_MAX) return text;
  return keep === 'head' ? `${text.slice(0, QUOTE_MAX - 1)}…` : `…${text.slice(text.length - QUOTE_MAX + 1)}`;
}

/** A quotation for a message: `text`, elided. */
export const quote = (text: string, keep: 'head' | 'tail' = 'head'): string => `\`${elide(text, keep)}\``;

/** A character as a reader sees it: control and space characters by their code, anything else itself. */
export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || /\s/u.test(ch)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return quote(ch);
}

export const messages = {
  empty: 'empty formula: type an expression in x, e.g. x*sigmoid(x)',
  tooLong: `formula is too long (max ${MAX_LENGTH} characters)`,
  tooDeep: `formula is nested too deeply (max ${MAX_DEPTH} levels of parentheses)`,
  unexpectedChar: (ch: string, at: number) => `unexpected character ${describeChar(ch)} at position ${at + 1}`,
  badNumber: (raw: string, at: number) => {
    const hint = /[eE]$/.test(raw)
      ? `: an exponent needs digits (e.g. 1e-3); for the constant e write ${elide(raw.slice(0, -1))}*e`
      : /[eE][+-]$/.test(raw)
        ? ': an exponent needs digits (e.g. 1e-3)'
        : '';
    return `malformed number ${quote(raw)} at position ${at + 1}${hint}`;
  },
  unexpectedEnd: (before: string) => `unexpected end after ${quote(before.trimEnd(), 'tail')}`,
  unexpectedToken: (token: string, at: number) => `unexpected ${quote(token)} at position ${at + 1}`,
  missingOperator: (left: string, right: string, at: number) =>
    `missing operator before ${quote(right)} at position ${at + 1}: write ${elide(left, 'tail')}*${elide(right)}`,
  unknownName: (name: string) => `unknown name ${quote(name)}`,
  notCalled: (name: string) => `${quote(name)} is a function: write ${elide(name)}(x)`,
  unknownFunction: (name: string) => `unknown function ${quote(name)}`,
  arity: (name: string, want: number, got: number) =>
    `${quote(name)} takes ${want} argument${want === 1 ? '' : 's'}, got ${got}`,
  unclosed: (at: number) => `unclosed ${quote('(')} at position ${at + 1}`,
};
