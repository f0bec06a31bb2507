/**
 * Backpropagation against central finite differences, for every activation in the registry and both output
 * heads. The derivative is estimated with the fourth-order central stencil
 *   g ≈ [−L(θ+2h) + 8L(θ+h) − 8L(θ−h) + L(θ−2h)] / 12h,
 * whose truncation error is O(h⁴): with h = 1e-3 it is ~1e-13, about the rounding error eps·|L|/h, so the
 * estimate has ~12 correct digits and a relative tolerance of 1e-6 has a wide margin. The relative error
 * is |analytic − numeric| / max(|analytic|, |numeric|, 1e-6). The floor matters only for gradients below 1e-6,
 * such as the exact zeros behind a dead ReLU unit, where the stencil returns rounding noise (~1e-13): those
 * are held to an absolute 1e-12 instead.
 *
 * Piecewise activations: if a pre-activation sat within the stencil's reach of a kink, the finite difference
 * would straddle two pieces and measure neither one-sided derivative. Each case therefore tries seeds 1, 2, …
 * until every hidden pre-activation is at least KINK_MARGIN from every kink the registry lists (for the
 * rectifiers and hard-tanh, seeds 1–2 or 1–3 are skipped). A weight moved by ≤ 2h moves any pre-activation by
 * far less than KINK_MARGIN, since inputs and weights are O(1) in a net this small.
 */
import { describe, expect, test } from 'vitest';
import { activationIds, getActivation, type ActivationId, type Params } from '../../src/lib/activations';
import {
  backward,
  createMlp,
  createRng,
  createWorkspace,
  forward,
  headLoss,
  type Head,
  type Mlp,
} from '../../src/lib/nn';

const H = 1e-3;
const TOLERANCE = 1e-6;
const FLOOR = 1e-6;
const KINK_MARGIN = 0.05;

/** Binary step's derivative is 0 wherever it exists: there is nothing to check. */
const checked = activationIds.filter((id) => id !== 'binary-step');

/**
 * Each parameter halfway between its default and its maximum, so non-default values are exercised too; but a
 * frequency at most 3: sin(ωx) with ω = 15.5 swings through a period in 0.4, and the finite differences' step
 * (1e-3 in the weights) is then too coarse to be the reference.
 */
const FREQUENCY_CAP = 3;
function alternativeParams(id: ActivationId): Params {
  return Object.fromEntries(
    getActivation(id).params.map((p) => {
      const halfway = (p.default + p.max) / 2;
      return [p.name, p.name === 'omega' ? Math.min(halfway, FREQUENCY_CAP) : halfway];
    }),
  );
}

interface Case {
  readonly net: Mlp;
  readonly x: Float64Array;
  readonly y: Uint8Array;
  readonly examples: number;
}

/** Layer widths and batch size: small enough for finite differences over every parameter. */
interface Shape {
  readonly hidden: readonly number[];
  readonly examples: number;
}

/** The main shape: 2-3-3-k, five examples. */
const SMALL: Shape = { hidden: [3, 3], examples: 5 };

/** A small net with random weights and biases and random inputs, or null if a pre-activation is near a kink. */
function makeCase(id: ActivationId, head: Head, params: Params, seed: number, shape: Shape): Case | null {
  const { hidden, examples } = shape;
  const outputs = head === 'sigmoid' ? 1 : 3;
  const net = createMlp({ sizes: [2, ...hidden, outputs], activation: id, params, head, init: 'xavier-normal', seed });
  const rng = createRng(seed + 1000);
  for (const b of net.biases) for (let k = 0; k < b.length; k++) b[k] = 0.5 * rng.normal();
  const x = new Float64Array(examples * 2).map(() => rng.normal());
  const y = new Uint8Array(examples).map((_, n) => n % outputs);
  const ws = createWorkspace(net, examples);
  forward(net, ws, x, examples);
  const kinks = net.activation.kinks.map((k) => k.x);
  for (let l = 0; l + 1 < net.weights.length; l++) {
    for (const z of ws.z[l]!.subarray(0, examples * hidden[l]!)) {
      if (kinks.some((k) => Math.abs(z - k) < KINK_MARGIN)) return null;
    }
  }
  return { net, x, y, examples };
}

/** The first seed whose case keeps clear of the kinks. */
function findCase(id: ActivationId, head: Head, params: Params, shape: Shape = SMALL): Case {
  for (let seed = 1; seed <= 200; seed++) {
    const found = makeCase(id, head, params, seed, shape);
    if (found) return found;
  }
  throw new Error(`no seed in 1…200 keeps ${id}'s pre-activations ${KINK_MARGIN} away from its kinks`);
}

/** Largest relative error between backprop and finite differences over every weight and bias. */
function maxRelativeError({ net, x, y, examples }: Case): number {
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
      worst = Math.max(worst, Math.abs(a - numeric) / Math.max(Math.abs(a), Math.abs(numeric), FLOOR));
    }
  });
  return worst;
}

describe.each(['sigmoid', 'softmax'] as const)('backprop through the %s head', (head) => {
  test.each(checked)('agrees with finite differences to 1e-6 for %s at default parameters', (id) => {
    expect(maxRelativeError(findCase(id, head, {}))).toBeLessThan(TOLERANCE);
  });

  const parameterised = checked.filter((id) => getActivation(id).params.length > 0);
  test.each(parameterised)('agrees with finite differences to 1e-6 for %s at non-default parameters', (id) => {
    expect(maxRelativeError(findCase(id, head, alternativeParams(id)))).toBeLessThan(TOLERANCE);
  });
});

describe("wider nets, which take the kernel's 2 × 4 blocks as well as its leftover rows and columns", () => {
  const shapes: Shape[] = [
    { hidden: [5, 8], examples: 7 },
    { hidden: [8, 4, 6], examples: 4 },
  ];
  test.each(['tanh', 'relu', 'gelu'] as const)('agree with finite differences to 1e-6 for %s', (id) => {
    for (const shape of shapes) {
      for (const head of ['sigmoid', 'softmax'] as const)
        expect(maxRelativeError(findCase(id, head, {}, shape))).toBeLessThan(TOLERANCE);
    }
  });
});

// GELU, because backward calls its bound df everywhere (tanh and the sigmoid take f′ from the outputs instead).
test('the check itself fails on a wrong gradient: a perturbed analytic gradient is caught', () => {
  const c = findCase('gelu', 'sigmoid', {});
  const wrong: Mlp = { ...c.net, bound: { ...c.net.bound, df: (x) => 1.001 * c.net.bound.df(x) } };
  expect(maxRelativeError({ ...c, net: wrong })).toBeGreaterThan(1e-4);
});
