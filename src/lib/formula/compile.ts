/**
 * AST → a tree of closures, built once: each node becomes a small function of x that calls its children's
 * closures, so sampling a curve at 1,000 points walks no switch and allocates nothing. No eval, no
 * new Function: only closures over Math and the functions in functions.ts. Subtrees without x are
 * evaluated once here (the same operations in the same order as at run time, so the folding is exact).
 */
import { dependsOnX, type Node } from './ast';
import { implementations } from './functions';

export type Compiled = (x: number) => number;

/** The value of a node without x. */
export function constantValue(node: Node): number {
  return compileNode(node)(0);
}

export function compile(node: Node): Compiled {
  if (!dependsOnX(node)) {
    const value = compileNode(node)(0);
    return () => value;
  }
  return compileNode(node);
}

function compileNode(node: Node): Compiled {
  switch (node.kind) {
    case 'num': {
      const value = node.value;
      return () => value;
    }
    case 'const': {
      const value = node.name === 'pi' ? Math.PI : Math.E;
      return () => value;
    }
    case 'x':
      return (x) => x;
    case 'neg': {
      const a = compile(node.arg);
      return (x) => -a(x);
    }
    case 'bin': {
      const a = compile(node.left);
      const b = compile(node.right);
      switch (node.op) {
        case '+':
          return (x) => a(x) + b(x);
        case '-':
          return (x) => a(x) - b(x);
        case '*':
          return (x) => a(x) * b(x);
        case '/':
          return (x) => a(x) / b(x);
        case '^':
          return (x) => Math.pow(a(x), b(x));
      }
    }
    // falls through: the switch on op is exhaustive
    case 'call': {
      const fn = implementations.get(node.fn);
      if (fn === undefined) throw new Error(`compile: no implementation of ${node.fn}`);
      const args = node.args.map(compile);
      const [a, b] = args;
      if (args.length === 1 && a) return (x) => fn(a(x));
      if (args.length === 2 && a && b) return (x) => fn(a(x), b(x));
      throw new Error(`compile: ${node.fn} with ${args.length} arguments`);
    }
    case 'select': {
      const [a, b, da, db] = [node.a, node.b, node.da, node.db].map(compile) as [
        Compiled,
        Compiled,
        Compiled,
        Compiled,
      ];
      // Ties go to the first argument: for max it wins when a ≥ b, for min when a ≤ b.
      const firstWins = node.op === 'max' ? (p: number, q: number) => p >= q : (p: number, q: number) => p <= q;
      return (x) => {
        const p = a(x);
        const q = b(x);
        if (p !== p || q !== q) return NaN;
        return firstWins(p, q) ? da(x) : db(x);
      };
    }
  }
}
