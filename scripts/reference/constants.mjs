/**
 * Prints the high-precision constants that src/lib/activations/numerics.ts hard-codes, so each can be
 * re-derived: `node scripts/reference/constants.mjs`. Uses the same decimal.js toolkit as the reference
 * generator and nothing from the module under test.
 *
 *  - Double-double splits hi + lo (hi the nearest double, lo the nearest double to the remainder) of
 *    1/√2, ln√(2π), K1 = 2√(2/π) and K3 = 2√(2/π)·0.044715, for the error-compensated Φ, φ and GELU
 *    arguments; and of π/4, for snake′ = 2 sin²(αx + π/4).
 *  - The root x₀ of GELU′(x) = Φ(x) + xφ(x) near −0.75, its nearest double r, GELU′(r) (not 0, since
 *    r ≠ x₀), and the Taylor coefficients c_k = GELU^(k+1)(r)/k! of GELU′ about r, k = 1..N.
 */
import { D, PI, SQRT_2_OVER_PI, exactDecimal, normalCdf, normalPdf } from './decimal-math.mjs';

const split = (v) => {
  const hi = Number(v.toString());
  return { hi, lo: Number(v.minus(exactDecimal(hi)).toString()) };
};

const geluPrime = (x) => normalCdf(x).plus(x.times(normalPdf(x)));
const geluSecond = (x) => normalPdf(x).times(new D(2).minus(x.times(x)));

/** Newton's method from −0.75 until the step is below 1e−70. */
function geluPrimeRoot() {
  let x = new D(-0.75);
  for (;;) {
    const step = geluPrime(x).div(geluSecond(x));
    x = x.minus(step);
    if (step.abs().lt('1e-70')) return x;
  }
}

/**
 * Taylor coefficients of GELU′ about r. GELU″(r + d) = φ(r)·E(d)·P(d) with E(d) = e^{−rd − d²/2} and
 * P(d) = (2 − r²) − 2rd − d². E′ = (−r − d)E gives its coefficients: (n + 1)e_{n+1} = −r·e_n − e_{n−1},
 * e₀ = 1. With q_n = Σ p_j e_{n−j} the coefficients of E·P, integrating once: c_k = φ(r)·q_{k−1}/k.
 */
function taylorCoefficients(r, count) {
  const e = [new D(1), r.neg()];
  for (let n = 1; n < count; n++)
    e.push(
      r
        .neg()
        .times(e[n])
        .minus(e[n - 1])
        .div(n + 1),
    );
  const p = [new D(2).minus(r.times(r)), r.times(-2), new D(-1)];
  const phi = normalPdf(r);
  const c = [];
  for (let k = 1; k <= count; k++) {
    let q = new D(0);
    for (let j = 0; j <= 2 && j <= k - 1; j++) q = q.plus(p[j].times(e[k - 1 - j]));
    c.push(phi.times(q).div(k));
  }
  return c;
}

const root = geluPrimeRoot();
const r = Number(root.toString());
const out = {
  SQRT1_2: split(D.sqrt(0.5)),
  LN_SQRT_2PI: split(D.ln(D.sqrt(PI.times(2)))),
  K1: split(SQRT_2_OVER_PI.times(2)),
  K3: split(SQRT_2_OVER_PI.times(2).times('0.044715')),
  PI_4: split(PI.div(4)),
  geluPrimeRoot: root.toSignificantDigits(40).toString(),
  geluPrimeRootDouble: r,
  geluPrimeAtRootDouble: Number(geluPrime(exactDecimal(r)).toString()),
  geluPrimeTaylor: taylorCoefficients(exactDecimal(r), 30).map((c) => Number(c.toString())),
};
console.log(JSON.stringify(out, null, 2));
