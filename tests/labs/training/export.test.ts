/**
 * The exporters' text: every registry activation has a spelling in each framework, the framework defaults
 * that differ from the lab's are overridden explicitly, weights survive as exact doubles, and what cannot
 * be written exactly is refused with a message. (export-torch.test.ts runs the PyTorch script for real.)
 */
import { describe, expect, test } from 'vitest';
import { activationIds } from '../../../src/lib/activations';
import { activationPython, exportableIds } from '../../../src/lib/labs/training/export/activations';
import { formulaToPython } from '../../../src/lib/labs/training/export/formula-python';
import { jaxScript } from '../../../src/lib/labs/training/export/jax';
import { JSON_FORMAT, networkJson } from '../../../src/lib/labs/training/export/json';
import { kerasScript } from '../../../src/lib/labs/training/export/keras';
import { pyNumber } from '../../../src/lib/labs/training/export/python';
import { torchScript } from '../../../src/lib/labs/training/export/torch';
import { getActivation } from '../../../src/lib/activations';
import { trainedExports } from './export-fixtures';

const targets = ['torch', 'keras', 'jax'] as const;
const act = (id: (typeof activationIds)[number]) => ({ id, params: getActivation(id).bind().params });

describe('activation spellings', () => {
  test.each(targets)('%s can write every activation in the registry', (target) => {
    expect(exportableIds(target).sort()).toEqual([...activationIds].sort());
  });

  test.each([
    ['torch', 'gelu', 'F.gelu(h)'],
    ['torch', 'gelu-tanh', "F.gelu(h, approximate='tanh')"],
    ['jax', 'gelu', 'jax.nn.gelu(h, approximate=False)'],
    ['jax', 'gelu-tanh', 'jax.nn.gelu(h, approximate=True)'],
    ['keras', 'gelu', 'activations.gelu(h, approximate=False)'],
    ['torch', 'leaky-relu', 'F.leaky_relu(h, negative_slope=0.01)'],
    // Keras's own default slope is 0.2: the lab's 0.01 must be passed.
    ['keras', 'leaky-relu', 'activations.leaky_relu(h, negative_slope=0.01)'],
    ['jax', 'leaky-relu', 'jax.nn.leaky_relu(h, negative_slope=0.01)'],
    ['torch', 'hard-sigmoid', 'F.hardsigmoid(h)'],
    ['keras', 'hard-sigmoid', 'activations.hard_sigmoid(h)'],
    ['jax', 'hard-sigmoid', 'jax.nn.hard_sigmoid(h)'],
    ['torch', 'rrelu', 'F.rrelu(h, lower=0.125, upper=0.3333333333333333, training=False)'],
    // The mean slope (1/8 + 1/3)/2 = 11/48.
    ['keras', 'rrelu', `activations.leaky_relu(h, negative_slope=${11 / 48})`],
    ['torch', 'selu', 'F.selu(h)'],
    ['torch', 'swish', 'F.silu(h)'],
  ] as const)('%s writes %s as %s', (target, id, text) => {
    expect(activationPython(act(id), target, 'h')).toBe(text);
  });

  test('non-default parameters are written out', () => {
    expect(activationPython({ id: 'elu', params: { alpha: 0.5 } }, 'torch', 'h')).toBe('F.elu(h, alpha=0.5)');
    expect(activationPython({ id: 'swish', params: { beta: 2 } }, 'jax', 'h')).toBe('h * jax.nn.sigmoid(2 * h)');
  });
});

describe('formulas as Python', () => {
  test("functions map to each framework, constants fold to the lab's doubles", () => {
    expect(formulaToPython('x*tanh(softplus(x))', 'torch')).toBe(
      '(x * torch.tanh(torch.logaddexp(x, torch.zeros_like(x))))',
    );
    expect(formulaToPython('x*sigmoid(1.702*x)', 'jax')).toBe('(x * jax.nn.sigmoid(((1.702) * x)))');
    expect(formulaToPython('x^2/(2*pi)', 'keras')).toBe(`((x ** (2)) / (${2 * Math.PI}))`);
    expect(formulaToPython('max(0, x)', 'torch')).toBe('torch.maximum(torch.full_like(x, (0)), x)');
    expect(formulaToPython('min(x, 1)', 'jax')).toBe('jnp.minimum(x, (1))');
  });

  test('a function with no exact equivalent is refused with its name', () => {
    expect(() => formulaToPython('erfc(x)', 'keras')).toThrow(/erfc has no exact equivalent in keras\.ops/);
    expect(formulaToPython('erfc(x)', 'jax')).toBe('jax.scipy.special.erfc(x)');
  });
});

test.each([
  [0.1, '0.1'],
  [1e-7, '1e-7'],
  [-2.5e300, '-2.5e+300'],
  [-0, '-0.0'],
  [5e-324, '5e-324'],
])('pyNumber(%s) = %s, which Python reads back as the same double', (v, text) => {
  expect(pyNumber(v)).toBe(text);
});

describe('scripts and JSON of a trained mixed network', () => {
  const [net] = trainedExports([['relu', 'tanh']], '', 5);

  test('the PyTorch script has the layers, float64, every weight, and prints the test predictions', () => {
    const script = torchScript(net!);
    expect(script).toContain('torch.set_default_dtype(torch.float64)');
    expect(script).toContain('torch.nn.Linear(2, 5), torch.nn.Linear(5, 5), torch.nn.Linear(5, 1)');
    expect(script).toContain('h = F.relu(h)  # hidden layer 1: relu');
    expect(script).toContain('h = torch.tanh(h)  # hidden layer 2: tanh');
    for (const w of net!.weights.flat(2)) expect(script).toContain(pyNumber(w));
    expect(script).toContain('print(repr(p))');
  });

  test('the Keras script transposes the kernels and needs Keras 3 in float64', () => {
    const script = kerasScript(net!);
    expect(script).toContain('keras.config.set_floatx("float64")');
    expect(script).toContain('keras.layers.Dense(1, activation="sigmoid")');
    // Kernel row 0 holds every unit's weight from input 0.
    const row0 = net!.weights[0]!.map((unit) => pyNumber(unit[0]!)).join(', ');
    expect(script).toContain(`[${row0}]`);
  });

  test('the JAX script enables 64-bit floats before making arrays', () => {
    const script = jaxScript(net!);
    expect(script.indexOf('jax_enable_x64')).toBeLessThan(script.indexOf('jnp.array'));
    expect(script).toContain('jnp.tanh(h)');
  });

  test('the JSON document parses back to the same weights and predictions', () => {
    const doc = JSON.parse(networkJson(net!));
    expect(doc.format).toBe(JSON_FORMAT);
    expect(doc.weights).toEqual(net!.weights);
    expect(doc.test.predictions).toEqual(net!.predictions);
    expect(doc.hidden.map((a: { id: string }) => a.id)).toEqual(['relu', 'tanh']);
  });

  test('a diverged network is refused with a reason', () => {
    const broken = { ...net!, biases: [[NaN], ...net!.biases.slice(1)] };
    expect(() => torchScript(broken)).toThrow(/diverged/);
    expect(() => networkJson(broken)).toThrow(/diverged/);
  });
});
