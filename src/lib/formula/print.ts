/**
 * AST → text that parses back to the same tree, with no spaces and only the parentheses the grammar needs
 * (plus some around negations, for the eye: a-(-b) rather than a--b). Derivative trees may contain the
 * internal helpers (sech2, dsigmoid, gauss) and `select`, printed as (a>=b ? da : db) for max and
 * (a<=b ? da : db) for min; such text is for display and does not parse.
 */
import type { Node } from './ast';

/** Binding strength: sums 1, products 2, negation 3, powers 4, atoms 5. */
function strength(node: Node): number {
  switch (node.kind) {
    case 'bin':
      return node.op === '+' || node.op === '-' ? 1 : node.op === '^' ? 4 : 2;
    case 'neg':
      return 3;
    case 'num':
      return node.value < 0 || Object.is(node.value, -0) ? 3 : 5;
    default:
      return 5;
  }
}

function number(value: number): string {
  if (Number.isNaN(value)) return '(0/0)';
  if (value === Infinity) return '1e999';
  if (value === -Infinity) return '-1e999';
  return Object.is(value, -0) ? '-0' : String(value);
}

const wrap = (text: string, yes: boolean): string => (yes ? `(${text})` : text);

export function formulaToString(node: Node): string {
  switch (node.kind) {
    case 'num':
      return number(node.value);
    case 'x':
      return 'x';
    case 'const':
      return node.name;
    case 'neg':
      return `-${wrap(formulaToString(node.arg), strength(node.arg) < 4)}`;
    case 'call':
      return `${node.fn}(${node.args.map(formulaToString).join(',')})`;
    case 'select': {
      const [a, b, da, db] = [node.a, node.b, node.da, node.db].map(formulaToString);
      return `(${a}${node.op === 'max' ? '>=' : '<='}${b} ? ${da} : ${db})`;
    }
    case 'bin': {
      const own = strength(node);
      const l = strength(node.left);
      const r = strength(node.right);
      // ^ is right-associative and takes a unary right operand; the others are left-associative.
      const left = wrap(formulaToString(node.left), node.op === '^' ? l <= 4 : l < own);
      const right = wrap(formulaToString(node.right), node.op === '^' ? r <= 3 : r <= own || r === 3);
      return `${left}${node.op}${right}`;
    }
  }
}
