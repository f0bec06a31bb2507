/**
 * The formula AST: plain, immutable data with no positions (the parser reports positions in its errors;
 * nothing downstream needs them). `select` and the internal functions never come from the parser: they
 * appear only in derivatives (see derivative.ts).
 */

/** Functions a reader may call, with their arity. `ln` is read as `log`. */
export const functionArity = {
  exp: 1,
  log: 1,
  log1p: 1,
  expm1: 1,
  sqrt: 1,
  abs: 1,
  sin: 1,
  cos: 1,
  tan: 1,
  tanh: 1,
  sinh: 1,
  cosh: 1,
  sigmoid: 1,
  softplus: 1,
  erf: 1,
  erfc: 1,
  sign: 1,
  max: 2,
  min: 2,
  pow: 2,
} as const;
export type FunctionName = keyof typeof functionArity;

/** Aliases accepted by the parser, mapped to the canonical name the AST stores. */
export const functionAliases: ReadonlyMap<string, FunctionName> = new Map([['ln', 'log']]);

/**
 * Helpers that only derivatives use: sech2(u) = 1 − tanh²(u) (= tanh′), dsigmoid(u) = σ(u)σ(−u) (= σ′),
 * gauss(u) = e^{−u²} (erf′ = (2/√π)·gauss), each in a form that neither cancels nor loses the tails. They
 * print under these names, but the parser rejects them.
 */
export type InternalFunctionName = 'sech2' | 'dsigmoid' | 'gauss';

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Node =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'x' }
  | { readonly kind: 'const'; readonly name: 'pi' | 'e' }
  | { readonly kind: 'neg'; readonly arg: Node }
  | { readonly kind: 'bin'; readonly op: BinaryOp; readonly left: Node; readonly right: Node }
  | { readonly kind: 'call'; readonly fn: FunctionName | InternalFunctionName; readonly args: readonly Node[] }
  /**
   * The derivative of max(a, b) (op 'max') or min(a, b) (op 'min'): da where a wins, else db. Ties go to the
   * first argument, so max(0, x)′ at 0 is 0, like relu′(0). NaN in a or b gives NaN.
   */
  | {
      readonly kind: 'select';
      readonly op: 'max' | 'min';
      readonly a: Node;
      readonly b: Node;
      readonly da: Node;
      readonly db: Node;
    };

/** Small constructors, so that derived trees read like the maths. */
export const num = (value: number): Node => ({ kind: 'num', value });
export const X: Node = { kind: 'x' };
export const neg = (arg: Node): Node => ({ kind: 'neg', arg });
export const bin = (op: BinaryOp, left: Node, right: Node): Node => ({ kind: 'bin', op, left, right });
export const call = (fn: FunctionName | InternalFunctionName, ...args: Node[]): Node => ({ kind: 'call', fn, args });

/** Does the tree depend on x? Subtrees that do not are constants: their derivative is exactly 0. */
export function dependsOnX(node: Node): boolean {
  switch (node.kind) {
    case 'x':
      return true;
    case 'num':
    case 'const':
      return false;
    case 'neg':
      return dependsOnX(node.arg);
    case 'bin':
      return dependsOnX(node.left) || dependsOnX(node.right);
    case 'call':
      return node.args.some(dependsOnX);
    case 'select':
      return [node.a, node.b, node.da, node.db].some(dependsOnX);
  }
}
