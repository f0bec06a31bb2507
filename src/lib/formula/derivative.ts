/**
 * Exact derivatives by symbolic differentiation of the AST, then compiled like f.
 *
 * Why symbolic rather than forward-mode dual numbers: both apply the same chain rule with the same
 * closed-form derivative of each function, so where everything is finite they round alike. They differ
 * where a factor is ±∞ or NaN. Dual numbers carry a derivative for every node, and a constant's is a
 * numeric 0 that still gets multiplied: d/dx (2·x) at x = ∞ becomes 0·∞ + 2·1 = NaN, and x^2 goes through
 * the general rule u^v·(v′·ln u + v·u′/u), whose 0·ln(x) is NaN for every x < 0. Symbolically a
 * constant's derivative is a structural zero that the simplifier drops (simplify.ts), and the exponent's
 * constancy picks the rule v·u^(v−1)·u′ before anything is evaluated. A derivative tree is also something
 * the UI can print. The price is size: each rule repeats its operands, so f′ has O(n·depth) nodes and
 * re-evaluates parts of f; at 500 characters that stays small.
 *
 * Each function's derivative uses the stable building blocks of ../activations/numerics.ts: tanh′ = sech²
 * without the 1 − tanh² cancellation, σ′ = σ(u)σ(−u) from e^−|u|, softplus′ = σ. Kinks follow one rule:
 * abs′(0) = sign(0) = 0, sign′ = 0, and max/min take the first argument's derivative on a tie (so
 * max(0, x)′ = 0 at 0, as relu′(0) = 0 in PyTorch's autograd, but max(x, 0)′ = 1 there).
 */
import { call, dependsOnX, num, type FunctionName, type InternalFunctionName, type Node } from './ast';
import { TWO_OVER_SQRT_PI } from './functions';
import { ONE, ZERO, add, div, mul, negate, pow, sub } from './simplify';

/** d/dx of a tree, simplified. Total: every node the parser or this function produces has a derivative. */
export function differentiate(node: Node): Node {
  if (!dependsOnX(node)) return ZERO;
  switch (node.kind) {
    case 'num':
    case 'const':
      return ZERO;
    case 'x':
      return ONE;
    case 'neg':
      return negate(differentiate(node.arg));
    case 'bin': {
      const { left: u, right: v } = node;
      const du = differentiate(u);
      const dv = differentiate(v);
      switch (node.op) {
        case '+':
          return add(du, dv);
        case '-':
          return sub(du, dv);
        case '*':
          return add(mul(du, v), mul(u, dv));
        case '/':
          // u′/v − (u/v)(v′/v): no v², which would overflow for |v| > 1e154 while the result is finite.
          return sub(div(du, v), mul(div(u, v), div(dv, v)));
        case '^':
          return powerRule(u, v, du, dv);
      }
    }
    // falls through: the switch on op is exhaustive
    case 'call':
      return callRule(node.fn, node.args);
    case 'select':
      return { ...node, da: differentiate(node.da), db: differentiate(node.db) };
  }
}

/** (u^v)′: v·u^(v−1)·u′ for a constant exponent, u^v·ln(u)·v′ for a constant base, else both terms. */
function powerRule(u: Node, v: Node, du: Node, dv: Node): Node {
  if (!dependsOnX(v)) return mul(mul(v, pow(u, sub(v, ONE))), du);
  const lnU = u.kind === 'const' && u.name === 'e' ? ONE : call('log', u);
  if (!dependsOnX(u)) return mul(mul(pow(u, v), lnU), dv);
  return mul(pow(u, v), add(mul(dv, lnU), div(mul(v, du), u)));
}

function callRule(fn: Extract<Node, { kind: 'call' }>['fn'], args: readonly Node[]): Node {
  const u = args[0] ?? ZERO;
  const du = differentiate(u);
  switch (fn) {
    case 'max':
    case 'min': {
      const b = args[1] ?? ZERO;
      return { kind: 'select', op: fn, a: u, b, da: du, db: differentiate(b) };
    }
    case 'pow':
      return powerRule(u, args[1] ?? ONE, du, differentiate(args[1] ?? ONE));
    case 'log':
      return div(du, u);
    case 'log1p':
      return div(du, add(ONE, u));
    case 'sqrt':
      return div(du, mul(num(2), call('sqrt', u)));
    case 'tan':
      return div(du, pow(call('cos', u), num(2)));
    case 'sign':
      return ZERO;
    default:
      return mul(outer(fn, u), du);
  }
}

type ChainRuleName = Exclude<
  FunctionName | InternalFunctionName,
  'max' | 'min' | 'pow' | 'log' | 'log1p' | 'sqrt' | 'tan' | 'sign'
>;

/** g′(u) for the functions whose derivative is g′(u)·u′. */
function outer(fn: ChainRuleName, u: Node): Node {
  switch (fn) {
    case 'exp':
    case 'expm1':
      return call('exp', u);
    case 'abs':
      return call('sign', u);
    case 'sin':
      return call('cos', u);
    case 'cos':
      return negate(call('sin', u));
    case 'tanh':
      return call('sech2', u);
    case 'sinh':
      return call('cosh', u);
    case 'cosh':
      return call('sinh', u);
    case 'sigmoid':
      return call('dsigmoid', u);
    case 'softplus':
      return call('sigmoid', u);
    case 'erf':
      return mul(num(TWO_OVER_SQRT_PI), call('gauss', u));
    case 'erfc':
      return mul(num(-TWO_OVER_SQRT_PI), call('gauss', u));
    // Only for second derivatives: sech²′ = −2·tanh·sech², σ″ = σ′·(σ(−u) − σ(u)), gauss′ = −2u·gauss.
    case 'sech2':
      return mul(mul(num(-2), call('tanh', u)), call('sech2', u));
    case 'dsigmoid':
      return mul(call('dsigmoid', u), sub(call('sigmoid', negate(u)), call('sigmoid', u)));
    case 'gauss':
      return mul(mul(num(-2), u), call('gauss', u));
  }
}
