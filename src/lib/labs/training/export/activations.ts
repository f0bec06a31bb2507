/**
 * Each hidden activation as a Python expression in PyTorch, Keras 3 or JAX, with the lab's parameters
 * passed explicitly wherever a framework's default differs (Keras's leaky_relu slope is 0.2 and JAX's and
 * keras.ops's GELU default to the tanh approximation). Checked against each framework's documentation:
 * - PyTorch: F.hardsigmoid = relu6(x + 3)/6; F.rrelu(training=False) uses the mean slope (l + u)/2; F.gelu
 *   is exact, approximate='tanh' (PyTorch ≥ 1.12) the tanh form; F.softplus returns x where βx > 20, which
 *   differs from ln(1 + e^{βx})/β by under e^{−20} ≈ 2e-9.
 * - Keras 3: activations.hard_sigmoid = relu6(x + 3)/6 (Keras 2's was 0.2x + 0.5, so the script needs
 *   Keras 3); activations.gelu defaults to approximate=False but is given it anyway.
 * - JAX: jax.nn.gelu defaults to approximate=True; jax.nn.hard_sigmoid = relu6(x + 3)/6; jnp.heaviside(x, 1)
 *   gives 1 at 0 like the lab's step.
 */
import type { ExportedActivation } from './model';
import { formulaToPython, type PythonTarget } from './formula-python';
import { pyNumber } from './python';

type Writer = (x: string, p: Readonly<Record<string, number>>) => string;
const n = pyNumber;

const torch: Record<string, Writer> = {
  identity: (x) => x,
  'binary-step': (x) => `torch.heaviside(${x}, torch.ones_like(${x}))`,
  sigmoid: (x) => `torch.sigmoid(${x})`,
  tanh: (x) => `torch.tanh(${x})`,
  softsign: (x) => `F.softsign(${x})`,
  'hard-sigmoid': (x) => `F.hardsigmoid(${x})`,
  'hard-tanh': (x) => `F.hardtanh(${x})`,
  relu: (x) => `F.relu(${x})`,
  relu6: (x) => `F.relu6(${x})`,
  'leaky-relu': (x, p) => `F.leaky_relu(${x}, negative_slope=${n(p.alpha!)})`,
  prelu: (x, p) => `F.prelu(${x}, torch.tensor([${n(p.alpha!)}]))`,
  rrelu: (x, p) => `F.rrelu(${x}, lower=${n(p.lower!)}, upper=${n(p.upper!)}, training=False)`,
  elu: (x, p) => `F.elu(${x}, alpha=${n(p.alpha!)})`,
  selu: (x) => `F.selu(${x})`,
  celu: (x, p) => `F.celu(${x}, alpha=${n(p.alpha!)})`,
  softplus: (x, p) => `F.softplus(${x}, beta=${n(p.beta!)})`,
  gelu: (x) => `F.gelu(${x})`,
  'gelu-tanh': (x) => `F.gelu(${x}, approximate='tanh')`,
  swish: (x, p) => (p.beta === 1 ? `F.silu(${x})` : `${x} * torch.sigmoid(${n(p.beta!)} * ${x})`),
  mish: (x) => `F.mish(${x})`,
  'hard-swish': (x) => `F.hardswish(${x})`,
  'log-sigmoid': (x) => `F.logsigmoid(${x})`,
  'squared-relu': (x) => `torch.square(F.relu(${x}))`,
  threshold: (x, p) => `F.threshold(${x}, ${n(p.threshold!)}, ${n(p.value!)})`,
  softshrink: (x, p) => `F.softshrink(${x}, ${n(p.lambda!)})`,
  hardshrink: (x, p) => `F.hardshrink(${x}, ${n(p.lambda!)})`,
  tanhshrink: (x) => `F.tanhshrink(${x})`,
  squareplus: (x, p) => `((${x}) + torch.sqrt((${x}) * (${x}) + ${n(p.b!)})) / 2`,
  'sparse-plus': (x) =>
    `torch.where((${x}) <= -1, torch.zeros_like(${x}), torch.where((${x}) >= 1, ${x}, ((${x}) + 1) ** 2 / 4))`,
  snake: (x, p) => `(${x}) + torch.sin(${n(p.alpha!)} * (${x})) ** 2 / ${n(p.alpha!)}`,
  sine: (x, p) => `torch.sin(${n(p.omega!)} * (${x}))`,
  'quick-gelu': (x) => `(${x}) * torch.sigmoid(${n(1.702)} * (${x}))`,
};

const keras: Record<string, Writer> = {
  identity: (x) => x,
  'binary-step': (x) => `ops.cast(ops.greater_equal(${x}, 0), ${x}.dtype)`,
  sigmoid: (x) => `activations.sigmoid(${x})`,
  tanh: (x) => `activations.tanh(${x})`,
  softsign: (x) => `activations.softsign(${x})`,
  'hard-sigmoid': (x) => `activations.hard_sigmoid(${x})`,
  'hard-tanh': (x) => `ops.clip(${x}, -1.0, 1.0)`,
  relu: (x) => `activations.relu(${x})`,
  relu6: (x) => `activations.relu6(${x})`,
  'leaky-relu': (x, p) => `activations.leaky_relu(${x}, negative_slope=${n(p.alpha!)})`,
  prelu: (x, p) => `activations.leaky_relu(${x}, negative_slope=${n(p.alpha!)})`,
  rrelu: (x, p) => `activations.leaky_relu(${x}, negative_slope=${n((p.lower! + p.upper!) / 2)})`,
  elu: (x, p) => `activations.elu(${x}, alpha=${n(p.alpha!)})`,
  selu: (x) => `activations.selu(${x})`,
  // ops.where picks x where x > 0, so an overflowing expm1 on that side is never used.
  celu: (x, p) => `ops.where(${x} > 0, ${x}, ${n(p.alpha!)} * ops.expm1(${x} / ${n(p.alpha!)}))`,
  softplus: (x, p) =>
    p.beta === 1 ? `activations.softplus(${x})` : `activations.softplus(${n(p.beta!)} * ${x}) / ${n(p.beta!)}`,
  gelu: (x) => `activations.gelu(${x}, approximate=False)`,
  'gelu-tanh': (x) => `activations.gelu(${x}, approximate=True)`,
  swish: (x, p) => (p.beta === 1 ? `activations.silu(${x})` : `${x} * activations.sigmoid(${n(p.beta!)} * ${x})`),
  mish: (x) => `activations.mish(${x})`,
  'hard-swish': (x) => `${x} * activations.hard_sigmoid(${x})`,
  'log-sigmoid': (x) => `ops.log_sigmoid(${x})`,
  'squared-relu': (x) => `ops.square(activations.relu(${x}))`,
  threshold: (x, p) => `ops.where((${x}) > ${n(p.threshold!)}, ${x}, ${n(p.value!)} * ops.ones_like(${x}))`,
  softshrink: (x, p) =>
    `ops.where((${x}) > ${n(p.lambda!)}, (${x}) - ${n(p.lambda!)}, ops.where((${x}) < -${n(p.lambda!)}, (${x}) + ${n(p.lambda!)}, ops.zeros_like(${x})))`,
  hardshrink: (x, p) => `ops.where(ops.abs(${x}) > ${n(p.lambda!)}, ${x}, ops.zeros_like(${x}))`,
  tanhshrink: (x) => `(${x}) - ops.tanh(${x})`,
  squareplus: (x, p) => `((${x}) + ops.sqrt(ops.square(${x}) + ${n(p.b!)})) / 2`,
  'sparse-plus': (x) =>
    `ops.where((${x}) <= -1, ops.zeros_like(${x}), ops.where((${x}) >= 1, ${x}, ops.square((${x}) + 1) / 4))`,
  snake: (x, p) => `(${x}) + ops.square(ops.sin(${n(p.alpha!)} * (${x}))) / ${n(p.alpha!)}`,
  sine: (x, p) => `ops.sin(${n(p.omega!)} * (${x}))`,
  'quick-gelu': (x) => `(${x}) * activations.sigmoid(${n(1.702)} * (${x}))`,
};

const jax: Record<string, Writer> = {
  identity: (x) => x,
  'binary-step': (x) => `jnp.heaviside(${x}, 1.0)`,
  sigmoid: (x) => `jax.nn.sigmoid(${x})`,
  tanh: (x) => `jnp.tanh(${x})`,
  softsign: (x) => `jax.nn.soft_sign(${x})`,
  'hard-sigmoid': (x) => `jax.nn.hard_sigmoid(${x})`,
  'hard-tanh': (x) => `jax.nn.hard_tanh(${x})`,
  relu: (x) => `jax.nn.relu(${x})`,
  relu6: (x) => `jax.nn.relu6(${x})`,
  'leaky-relu': (x, p) => `jax.nn.leaky_relu(${x}, negative_slope=${n(p.alpha!)})`,
  prelu: (x, p) => `jax.nn.leaky_relu(${x}, negative_slope=${n(p.alpha!)})`,
  rrelu: (x, p) => `jax.nn.leaky_relu(${x}, negative_slope=${n((p.lower! + p.upper!) / 2)})`,
  elu: (x, p) => `jax.nn.elu(${x}, alpha=${n(p.alpha!)})`,
  selu: (x) => `jax.nn.selu(${x})`,
  celu: (x, p) => `jax.nn.celu(${x}, alpha=${n(p.alpha!)})`,
  softplus: (x, p) =>
    p.beta === 1 ? `jax.nn.softplus(${x})` : `jax.nn.softplus(${n(p.beta!)} * ${x}) / ${n(p.beta!)}`,
  gelu: (x) => `jax.nn.gelu(${x}, approximate=False)`,
  'gelu-tanh': (x) => `jax.nn.gelu(${x}, approximate=True)`,
  swish: (x, p) => (p.beta === 1 ? `jax.nn.silu(${x})` : `${x} * jax.nn.sigmoid(${n(p.beta!)} * ${x})`),
  mish: (x) => `jax.nn.mish(${x})`,
  'hard-swish': (x) => `jax.nn.hard_silu(${x})`,
  'log-sigmoid': (x) => `jax.nn.log_sigmoid(${x})`,
  'squared-relu': (x) => `jnp.square(jax.nn.relu(${x}))`,
  threshold: (x, p) => `jnp.where((${x}) > ${n(p.threshold!)}, ${x}, ${n(p.value!)})`,
  softshrink: (x, p) =>
    `jnp.where((${x}) > ${n(p.lambda!)}, (${x}) - ${n(p.lambda!)}, jnp.where((${x}) < -${n(p.lambda!)}, (${x}) + ${n(p.lambda!)}, 0.0))`,
  hardshrink: (x, p) => `jnp.where(jnp.abs(${x}) > ${n(p.lambda!)}, ${x}, 0.0)`,
  tanhshrink: (x) => `(${x}) - jnp.tanh(${x})`,
  squareplus: (x, p) => `((${x}) + jnp.sqrt(jnp.square(${x}) + ${n(p.b!)})) / 2`,
  'sparse-plus': (x) => `jnp.where((${x}) <= -1, 0.0, jnp.where((${x}) >= 1, ${x}, jnp.square((${x}) + 1) / 4))`,
  snake: (x, p) => `(${x}) + jnp.square(jnp.sin(${n(p.alpha!)} * (${x}))) / ${n(p.alpha!)}`,
  sine: (x, p) => `jnp.sin(${n(p.omega!)} * (${x}))`,
  'quick-gelu': (x) => `(${x}) * jax.nn.sigmoid(${n(1.702)} * (${x}))`,
};

const tables: Record<PythonTarget, Record<string, Writer>> = { torch, keras, jax };

/** A hidden activation applied to the Python expression `x`, in a target's functions. */
export function activationPython(a: ExportedActivation, target: PythonTarget, x: string): string {
  if (a.id === 'custom') return formulaToPython(a.formula, target, x);
  const write = tables[target][a.id];
  if (!write) throw new Error(`no ${target} spelling for ${a.id}`);
  return write(x, a.params);
}

/** Every registry id each target can write (tests check this covers the registry). */
export const exportableIds = (target: PythonTarget): string[] => Object.keys(tables[target]);
