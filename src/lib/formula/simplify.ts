/**
 * Node builders that simplify as they build, for derivatives: 0·u → 0, 1·u → u, u + 0 → u, u^1 → u, and
 * operations on two numbers folded to one. Dropping 0·u is what makes the derivative exact where u is ±∞
 * or NaN: d/dx (3·x) must be 3 at x = ∞, not 0·∞ + 3·1 = NaN, and d/dx x^2 must not carry a 0·ln(x) term
 * that is NaN for x < 0. Folding uses the same double operations as evaluation, so it changes no value.
 */
import type { BinaryOp, Node } from './ast';

const isNum = (n: Node, value?: number): n is Extract<Node, { kind: 'num' }> =>
  n.kind === 'num' && (value === undefined || n.value === value);

function fold(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return Math.pow(a, b);
  }
}

const make = (op: BinaryOp, left: Node, right: Node): Node =>
  isNum(left) && isNum(right)
    ? { kind: 'num', value: fold(op, left.value, right.value) }
    : { kind: 'bin', op, left, right };

export const ZERO: Node = { kind: 'num', value: 0 };
export const ONE: Node = { kind: 'num', value: 1 };

export function negate(a: Node): Node {
  if (isNum(a)) return { kind: 'num', value: -a.value };
  if (a.kind === 'neg') return a.arg;
  return { kind: 'neg', arg: a };
}

export function add(a: Node, b: Node): Node {
  if (isNum(a, 0)) return b;
  if (isNum(b, 0)) return a;
  if (b.kind === 'neg') return sub(a, b.arg);
  return make('+', a, b);
}

export function sub(a: Node, b: Node): Node {
  if (isNum(b, 0)) return a;
  if (isNum(a, 0)) return negate(b);
  if (b.kind === 'neg') return add(a, b.arg);
  return make('-', a, b);
}

export function mul(a: Node, b: Node): Node {
  if (isNum(a, 0) || isNum(b, 0)) return ZERO;
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  if (isNum(a, -1)) return negate(b);
  if (isNum(b, -1)) return negate(a);
  if (a.kind === 'neg') return negate(mul(a.arg, b));
  if (b.kind === 'neg') return negate(mul(a, b.arg));
  return make('*', a, b);
}

export function div(a: Node, b: Node): Node {
  if (isNum(a, 0)) return ZERO;
  if (isNum(b, 1)) return a;
  if (a.kind === 'neg') return negate(div(a.arg, b));
  return make('/', a, b);
}

export function pow(a: Node, b: Node): Node {
  if (isNum(b, 1)) return a;
  if (isNum(b, 0)) return ONE;
  return make('^', a, b);
}
