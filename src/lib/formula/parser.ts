/**
 * A recursive-descent parser, one function per precedence level, lowest first:
 *
 *   expr    := term (('+' | '-') term)*             left-associative
 *   term    := unary (('*' | '/') unary)*           left-associative
 *   unary   := ('-' | '+') unary | power
 *   power   := primary ('^' unary)?                 right-associative: x^y^z = x^(y^z)
 *   primary := number | 'x' | 'pi' | 'e' | name '(' expr (',' expr)* ')' | '(' expr ')'
 *
 * So ^ binds tighter than unary minus (-x^2 = -(x^2), as in mathematics and Python) while x^-2 still reads
 * as x^(-2). Two operands side by side (2x, x x, (x)(x)) are an error: implicit multiplication is not read.
 * Names are looked up in Maps, never on objects, so `__proto__` or `constructor` are just unknown names.
 */
import { functionAliases, functionArity, type FunctionName, type Node } from './ast';
import { FormulaSyntaxError, MAX_DEPTH, messages } from './messages';
import { Tokenizer, type Token } from './tokenizer';

const arities: ReadonlyMap<string, number> = new Map(Object.entries(functionArity));

/** Parse a whole formula; throws FormulaSyntaxError (parseFormula in index.ts catches it). */
export function parse(text: string): Node {
  const parser = new Parser(text);
  const node = parser.expr();
  parser.expect('end');
  return node;
}

class Parser {
  readonly #tokens: Tokenizer;
  #token: Token;
  #depth = 0;
  /** Span of the last operand read, quoted by the missing-operator message. */
  #lastOperand = { start: 0, end: 0 };

  constructor(readonly text: string) {
    this.#tokens = new Tokenizer(text);
    this.#token = { type: 'end', text: '', value: NaN, start: 0, end: 0 };
    this.#advance();
  }

  expr(): Node {
    let left = this.#term();
    while (this.#isOp('+') || this.#isOp('-')) {
      const op = this.#advance().text as '+' | '-';
      left = { kind: 'bin', op, left, right: this.#term() };
    }
    return left;
  }

  #term(): Node {
    let left = this.#unary();
    while (this.#isOp('*') || this.#isOp('/')) {
      const op = this.#advance().text as '*' | '/';
      left = { kind: 'bin', op, left, right: this.#unary() };
    }
    return left;
  }

  #unary(): Node {
    if (this.#isOp('-')) {
      this.#advance();
      return { kind: 'neg', arg: this.#unary() };
    }
    if (this.#isOp('+')) {
      this.#advance();
      return this.#unary();
    }
    const start = this.#token.start;
    const base = this.#primary();
    let node = base;
    if (this.#isOp('^')) {
      this.#advance();
      node = { kind: 'bin', op: '^', left: base, right: this.#unary() };
    }
    this.#lastOperand = { start, end: this.#previousEnd };
    return node;
  }

  #primary(): Node {
    const token = this.#advance();
    let node: Node;
    if (token.type === 'num') node = { kind: 'num', value: token.value };
    else if (token.type === 'name') node = this.#name(token);
    else if (token.type === '(') {
      this.#enter(token);
      node = this.expr();
      this.expect(')');
      this.#depth--;
    } else if (token.type === 'end') throw this.#unexpectedEnd();
    else throw new FormulaSyntaxError(messages.unexpectedToken(token.text, token.start), token.start, token.end);
    this.#lastOperand = { start: token.start, end: this.#previousEnd };
    return node;
  }

  #name(token: Token): Node {
    const name = token.text;
    if (name === 'x') return { kind: 'x' };
    if (name === 'pi' || name === 'e') return { kind: 'const', name };
    const fn = functionAliases.get(name) ?? (arities.has(name) ? (name as FunctionName) : undefined);
    if (this.#token.type !== '(') {
      const message = fn === undefined ? messages.unknownName(name) : messages.notCalled(name);
      throw new FormulaSyntaxError(message, token.start, token.end);
    }
    if (fn === undefined) throw new FormulaSyntaxError(messages.unknownFunction(name), token.start, token.end);
    this.#enter(this.#advance());
    const args = [this.expr()];
    while (this.#peek() === ',') {
      this.#advance();
      args.push(this.expr());
    }
    this.expect(')');
    this.#depth--;
    const want = arities.get(fn) ?? 0;
    if (args.length !== want) {
      throw new FormulaSyntaxError(messages.arity(name, want, args.length), token.start, this.#previousEnd);
    }
    return { kind: 'call', fn, args };
  }

  /** Consume a token of this type or fail with the most helpful message for what stands there instead. */
  expect(type: Token['type']): void {
    const t = this.#token;
    if (t.type === type) {
      this.#advance();
      return;
    }
    if (t.type === 'end') throw this.#unexpectedEnd();
    if (t.type === 'num' || t.type === 'name' || t.type === '(') {
      const left = this.text.slice(this.#lastOperand.start, this.#lastOperand.end);
      const right = t.type === '(' ? '(…)' : t.text;
      throw new FormulaSyntaxError(messages.missingOperator(left, right, t.start), t.start, t.end);
    }
    throw this.#unexpected(t);
  }

  /** A lexical error waits in the lookahead until the parser reaches it, so the leftmost error wins. */
  #lexError: FormulaSyntaxError | null = null;
  #previousEnd = 0;
  #advance(): Token {
    const t = this.#token;
    if (this.#lexError) throw this.#lexError;
    this.#previousEnd = t.end;
    try {
      this.#token = this.#tokens.next();
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error;
      this.#lexError = error;
      this.#token = { type: 'op', text: '', value: NaN, start: error.start, end: error.end };
    }
    return t;
  }

  #unexpected(t: Token): FormulaSyntaxError {
    return this.#lexError ?? new FormulaSyntaxError(messages.unexpectedToken(t.text, t.start), t.start, t.end);
  }

  /** The lookahead's type, through a call so that TypeScript does not narrow it across #advance. */
  #peek(): Token['type'] {
    return this.#token.type;
  }

  #isOp(op: string): boolean {
    return this.#token.type === 'op' && this.#token.text === op;
  }

  #enter(open: Token): void {
    if (++this.#depth > MAX_DEPTH) throw new FormulaSyntaxError(messages.tooDeep, open.start, open.end);
  }

  #unexpectedEnd(): FormulaSyntaxError {
    const before = this.text.trimEnd();
    return new FormulaSyntaxError(messages.unexpectedEnd(before), Math.max(0, before.length - 1), before.length);
  }
}
