/**
 * A reader's formula as a Python expression in one framework's functions, for the exported scripts. The
 * formula is parsed again from its normalised text (so nothing but the parser's vocabulary can reach the
 * output), and every subtree that does not depend on x is folded into the double the lab computes for it,
 * so each call emitted has a tensor argument and constants agree with the lab to the last bit.
 */
import { compile, parseFormula, type Node } from '../../../formula';
import { dependsOnX } from '../../../formula/ast';
import { ExportError, pyNumber } from './python';

export type PythonTarget = 'torch' | 'keras' | 'jax';

/** Per target, each one-argument function's Python spelling (`%` is the argument), or null: no equivalent. */
const unary: Record<PythonTarget, Record<string, string | null>> = {
  torch: {
    exp: 'torch.exp(%)',
    log: 'torch.log(%)',
    log1p: 'torch.log1p(%)',
    expm1: 'torch.expm1(%)',
    sqrt: 'torch.sqrt(%)',
    abs: 'torch.abs(%)',
    sin: 'torch.sin(%)',
    cos: 'torch.cos(%)',
    tan: 'torch.tan(%)',
    tanh: 'torch.tanh(%)',
    sinh: 'torch.sinh(%)',
    cosh: 'torch.cosh(%)',
    sigmoid: 'torch.sigmoid(%)',
    // F.softplus switches to x beyond its threshold (20); logaddexp(x, 0) = ln(eˣ + 1) is exact throughout.
    softplus: 'torch.logaddexp(%, torch.zeros_like(%))',
    erf: 'torch.erf(%)',
    erfc: 'torch.erfc(%)',
    sign: 'torch.sign(%)',
  },
  keras: {
    exp: 'ops.exp(%)',
    log: 'ops.log(%)',
    log1p: 'ops.log1p(%)',
    expm1: 'ops.expm1(%)',
    sqrt: 'ops.sqrt(%)',
    abs: 'ops.abs(%)',
    sin: 'ops.sin(%)',
    cos: 'ops.cos(%)',
    tan: 'ops.tan(%)',
    tanh: 'ops.tanh(%)',
    sinh: 'ops.sinh(%)',
    cosh: 'ops.cosh(%)',
    sigmoid: 'ops.sigmoid(%)',
    softplus: 'ops.softplus(%)',
    erf: 'ops.erf(%)',
    // keras.ops has no erfc, and 1 − erf(x) loses the right tail to cancellation.
    erfc: null,
    sign: 'ops.sign(%)',
  },
  jax: {
    exp: 'jnp.exp(%)',
    log: 'jnp.log(%)',
    log1p: 'jnp.log1p(%)',
    expm1: 'jnp.expm1(%)',
    sqrt: 'jnp.sqrt(%)',
    abs: 'jnp.abs(%)',
    sin: 'jnp.sin(%)',
    cos: 'jnp.cos(%)',
    tan: 'jnp.tan(%)',
    tanh: 'jnp.tanh(%)',
    sinh: 'jnp.sinh(%)',
    cosh: 'jnp.cosh(%)',
    sigmoid: 'jax.nn.sigmoid(%)',
    softplus: 'jax.nn.softplus(%)',
    erf: 'jax.scipy.special.erf(%)',
    erfc: 'jax.scipy.special.erfc(%)',
    sign: 'jnp.sign(%)',
  },
};

/** max and min: elementwise, NaN-propagating like Math.max and Math.min. */
const binary: Record<PythonTarget, { max: string; min: string }> = {
  torch: { max: 'torch.maximum', min: 'torch.minimum' },
  keras: { max: 'ops.maximum', min: 'ops.minimum' },
  jax: { max: 'jnp.maximum', min: 'jnp.minimum' },
};

/** torch.maximum needs two tensors: a folded constant becomes one of the argument's shape and dtype. */
function tensorArg(target: PythonTarget, constant: string, other: string): string {
  return target === 'torch' ? `torch.full_like(${other}, ${constant})` : constant;
}

/** The Python expression of a node, with the input named `x`. */
function emit(node: Node, target: PythonTarget, x: string): string {
  if (!dependsOnX(node)) return `(${pyNumber(compile(node)(0))})`;
  switch (node.kind) {
    case 'x':
      return x;
    case 'neg':
      return `(-${emit(node.arg, target, x)})`;
    case 'bin': {
      const [l, r] = [emit(node.left, target, x), emit(node.right, target, x)];
      return `(${l} ${node.op === '^' ? '**' : node.op} ${r})`;
    }
    case 'call': {
      const args = node.args.map((a) => emit(a, target, x));
      if (node.fn === 'max' || node.fn === 'min') {
        const [a, b] = node.args.map((n, i) => (dependsOnX(n) ? args[i]! : tensorArg(target, args[i]!, args[1 - i]!)));
        return `${binary[target][node.fn]}(${a}, ${b})`;
      }
      if (node.fn === 'pow') return `(${args[0]} ** ${args[1]})`;
      const template = unary[target][node.fn];
      if (template === undefined || template === null)
        throw new ExportError(`${node.fn} has no exact equivalent in ${target === 'keras' ? 'keras.ops' : target}`);
      return template.replaceAll('%', args[0]!);
    }
    default:
      // num and const never depend on x; select only appears in derivatives.
      throw new ExportError(`cannot write this formula for ${target}`);
  }
}

/** A formula (normalised text) as a Python expression of `x`; throws ExportError if the target lacks a function. */
export function formulaToPython(formula: string, target: PythonTarget, x = 'x'): string {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new ExportError(`the formula does not parse: ${parsed.message}`);
  return emit(parsed.ast, target, x);
}
