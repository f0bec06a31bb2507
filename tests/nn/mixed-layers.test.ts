/**
 * Networks with one activation per hidden layer (MlpConfig.layers), including a reader's formula: backprop
 * against a fourth-order central finite difference (as in gradient-check.test.ts: h = 1e-3, truncation
 * error ~1e-13, relative tolerance 1e-6), and forward passes against hand-computed values.
 */
import { describe, expect, test } from 'vitest';
import { getActivation } from '../../src/lib/activations';
import { bindFormula, parseFormula } from '../../src/lib/formula';
import {
  backward,
  createMlp,
  createRng,
  createWorkspace,
  forward,
  headLoss,
  hiddenActivation,
  type LayerSpec,
  type Mlp,
} from '../../src/lib/nn';

const H = 1e-3;

function custom(text: string): LayerSpec {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return { id: 'custom', formula: parsed.normalized, bound: bindFormula(parsed) };
}

/** Largest relative error of backprop against finite differences over every weight and bias. */
function maxRelativeError(net: Mlp, seed: number): number {
  const examples = 6;
  const rng = createRng(seed);
  for (const b of net.biases) for (let k = 0; k < b.length; k++) b[k] = 0.5 * rng.normal();
  const x = new Float64Array(examples * 2).map(() => rng.normal());
  const y = new Uint8Array(examples).map((_, n) => n % 2);
  const ws = createWorkspace(net, examples);
  const loss = () => {
    forward(net, ws, x, examples);
    return headLoss(net, ws, y, examples, false);
  };
  forward(net, ws, x, examples);
  headLoss(net, ws, y, examples, true);
  backward(net, ws, x, examples);
  const analytic = [...ws.gradW, ...ws.gradB].map((g) => g.slice());
  let worst = 0;
  [...net.weights, ...net.biases].forEach((theta, p) => {
    for (let k = 0; k < theta.length; k++) {
      const at = (offset: number) => {
        const saved = theta[k]!;
        theta[k] = saved + offset;
        const value = loss();
        theta[k] = saved;
        return value;
      };
      const numeric = (-at(2 * H) + 8 * at(H) - 8 * at(-H) + at(-2 * H)) / (12 * H);
      const a = analytic[p]![k]!;
      worst = Math.max(worst, Math.abs(a - numeric) / Math.max(Math.abs(a), Math.abs(numeric), 1e-6));
    }
  });
  return worst;
}

describe('a network with a different activation in each hidden layer', () => {
  const mixes: LayerSpec[][] = [
    ['tanh', 'gelu', 'sigmoid'],
    ['sigmoid', 'tanh', 'selu'],
    [{ id: 'elu', params: { alpha: 0.5 } }, 'softplus', 'tanh'],
    ['gelu', custom('x*sigmoid(x)'), custom('tanh(x)+0.1*x')],
  ];
  test.each(mixes.map((m, i) => [i, m] as const))(
    'mix %i: backprop agrees with finite differences to 1e-6',
    (_, layers) => {
      const net = createMlp({ sizes: [2, 4, 3, 5, 1], activation: 'relu', layers, init: 'xavier-normal', seed: 3 });
      expect(maxRelativeError(net, 7)).toBeLessThan(1e-6);
    },
  );

  test('the check catches a wrong derivative in the middle layer only', () => {
    const tanh = getActivation('tanh').bind();
    // A tanh whose f′ is 0.1 % too large: the registry's id would route backward to its exact shortcut.
    const wrong: LayerSpec = { id: 'custom', formula: 'tanh(x)', bound: { ...tanh, df: (x) => 1.001 * tanh.df(x) } };
    const net = createMlp({ sizes: [2, 4, 3, 5, 1], activation: 'relu', layers: ['gelu', wrong, 'sigmoid'], seed: 3 });
    expect(maxRelativeError(net, 7)).toBeGreaterThan(1e-4);
  });

  test('forward applies layer 1 then layer 2: a 1-1-1-1 chain matches σ(w₃·tanh(w₂·relu(w₁x)))', () => {
    const net = createMlp({ sizes: [1, 1, 1, 1], activation: 'sigmoid', layers: ['relu', 'tanh'] });
    const [w1, w2, w3] = [0.7, -1.3, 2.1];
    net.weights[0]![0] = w1;
    net.weights[1]![0] = w2;
    net.weights[2]![0] = w3;
    const ws = createWorkspace(net, 2);
    forward(net, ws, Float64Array.of(2, -2), 2);
    // x = 2: relu(1.4) = 1.4, tanh(−1.82), then the sigmoid head; x = −2: relu(−1.4) = 0, tanh(0) = 0, σ(0) = 1/2.
    const logit = 2.1 * Math.tanh(-1.82);
    expect(ws.a[2]![0]).toBeCloseTo(1 / (1 + Math.exp(-logit)), 15);
    expect(ws.a[2]![1]).toBe(0.5);
  });

  test('the same activation listed per layer gives bit-identical outputs to the shared form', () => {
    const shared = createMlp({ sizes: [2, 5, 5, 1], activation: 'gelu', seed: 9 });
    const listed = createMlp({
      sizes: [2, 5, 5, 1],
      activation: 'relu',
      layers: ['gelu', 'gelu'],
      init: 'he-normal',
      seed: 9,
    });
    const x = Float64Array.of(0.3, -0.8, 1.1, 0.2);
    const [a, b] = [createWorkspace(shared, 2), createWorkspace(listed, 2)];
    forward(shared, a, x, 2);
    forward(listed, b, x, 2);
    expect([...b.a[2]!]).toEqual([...a.a[2]!]);
    expect(hiddenActivation(listed, 1).id).toBe('gelu');
  });

  test('a list of schemes scales each weight matrix by its own variance, from the same random draws', () => {
    const he = createMlp({ sizes: [2, 8, 8, 1], activation: 'relu', init: 'he-normal', seed: 4 });
    const mixed = createMlp({
      sizes: [2, 8, 8, 1],
      activation: 'relu',
      init: ['he-normal', 'xavier-normal', 'he-normal'],
      seed: 4,
    });
    expect([...mixed.weights[0]!]).toEqual([...he.weights[0]!]);
    // Layer 2 (8 → 8): He's variance 2/8 against Xavier's 2/16, so every weight is √2 times smaller.
    mixed.weights[1]!.forEach((w, k) => expect(w * Math.SQRT2).toBeCloseTo(he.weights[1]![k]!, 14));
  });

  test('a wrong number of layer activations or schemes is a clear error', () => {
    expect(() => createMlp({ sizes: [2, 3, 1], activation: 'relu', layers: ['relu', 'tanh'] })).toThrow(/1 hidden/);
    expect(() => createMlp({ sizes: [2, 3, 1], activation: 'relu', init: ['he-normal'] })).toThrow(/2 weight/);
  });
});
