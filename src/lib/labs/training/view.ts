/**
 * What the training lab shows as text: the results table (the charts' text alternative) and the dead-unit
 * table. Pure string building, used by the build (first paint) and by the page's script alike.
 */
import { getActivation } from '../../activations';
import { parseFormula } from '../../formula';
import { formatNumber } from '../../format/number';
import { training as trainingEn, type TrainingStrings } from '../../i18n/en/training';
import { specKey, netName, type LayerChoice, type NetSpec } from './networks';
import type { TrainingSnapshot } from './run';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const percent = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : '—');
const name = (spec: NetSpec) => escape(netName(spec));

/** Where canDie looks for a flat piece: every quarter from −10 to 10. */
const PROBES = Array.from({ length: 81 }, (_, k) => -10 + k / 4);

/**
 * Can units of this activation die? A unit is dead when f′ is exactly 0 on every input it sees (see
 * lib/nn/stats.ts), which needs f′ = 0 on a whole interval: ReLU and its kin below 0, the hard functions and
 * the threshold outside their slope, the shrink functions inside [−λ, λ], the binary step everywhere, or a
 * formula such as max(0, x). Two neighbouring probes with f′ exactly 0 (default parameters) mark such an
 * interval; the smooth functions' f′ is small in their tails but never exactly 0 at |x| ≤ 10. `custom` is the
 * normalised formula a 'custom' layer uses.
 */
export function canDie(choice: LayerChoice, custom = ''): boolean {
  let df: (x: number) => number;
  if (choice === 'custom') {
    const parsed = parseFormula(custom);
    if (!parsed.ok) return false;
    df = parsed.df;
  } else df = getActivation(choice).df;
  return PROBES.some((x, k) => k > 0 && df(x) === 0 && df(PROBES[k - 1]!) === 0);
}

/** Can some layer of this network die? */
export const specCanDie = (spec: NetSpec, custom = ''): boolean => spec.some((c) => canDie(c, custom));

/** Losses: 4 significant digits; "diverged" when training overflowed. */
export function formatLoss(loss: number, t: TrainingStrings['tables'] = trainingEn.tables): string {
  return Number.isFinite(loss) ? formatNumber(loss, 4) : t.diverged;
}

/**
 * One row per network: loss on the training and test points, accuracy on both. Each row carries its raw
 * numbers in data-* attributes, for scripts and tests.
 */
export function resultsTableHtml(
  nets: readonly NetSpec[],
  s: TrainingSnapshot,
  t: TrainingStrings['tables'] = trainingEn.tables,
): string {
  const head = `<thead><tr>${t.resultsColumns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`;
  const rows = nets.map((spec, i) => {
    const [trainLoss, testLoss, trainAcc, testAcc] = [
      s.trainLoss[i]!,
      s.testLoss[i]!,
      s.trainAccuracy[i]!,
      s.testAccuracy[i]!,
    ];
    const data = `data-id="${escape(specKey(spec))}" data-loss="${trainLoss}" data-test-loss="${testLoss}" data-test-accuracy="${testAcc}"`;
    const cells = [formatLoss(trainLoss, t), formatLoss(testLoss, t), percent(trainAcc), percent(testAcc)];
    return `<tr ${data}><th scope="row">${name(spec)}</th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<caption>${t.resultsCaption(s.epoch)}</caption>${head}<tbody>${rows.join('')}</tbody>`;
}

/** The share of dead units in each hidden layer, for the networks whose activation can die; '' if none can. */
export function deadTableHtml(
  nets: readonly NetSpec[],
  s: TrainingSnapshot,
  custom = '',
  t: TrainingStrings['tables'] = trainingEn.tables,
): string {
  const rows = nets.flatMap((spec, i) => (specCanDie(spec, custom) ? [{ spec, shares: s.deadShares[i]! }] : []));
  if (rows.length === 0) return '';
  const layers = rows[0]!.shares.length;
  const columns = Array.from({ length: layers }, (_, l) => `<th scope="col">${t.layer(l + 1)}</th>`);
  const head = `<thead><tr><th scope="col">${t.network}</th>${columns.join('')}</tr></thead>`;
  const body = rows.map(
    ({ spec, shares }) =>
      `<tr data-id="${escape(specKey(spec))}" data-dead="${shares.join(' ')}"><th scope="row">${name(spec)}</th>${shares.map((v) => `<td>${percent(v)}</td>`).join('')}</tr>`,
  );
  return `<caption>${t.deadCaption(s.epoch)}</caption>${head}<tbody>${body.join('')}</tbody>`;
}

/** The sentence under a heat-map and its canvas's text alternative. */
export function boundaryLabel(spec: NetSpec, s: TrainingSnapshot, i: number, t: TrainingStrings = trainingEn): string {
  return t.tables.boundaryAfter(netName(spec, t), s.epoch, percent(s.testAccuracy[i]!));
}

/** Where a run stands: paused (before or during training), playing, or done (at its last epoch). */
export type Phase = 'paused' | 'playing' | 'done';

/** The status line for a phase, as the page announces it. */
export function phaseMessage(
  phase: Phase,
  epoch: number,
  epochs: number,
  networks: number,
  trainMs = 0,
  t: TrainingStrings = trainingEn,
): string {
  if (phase === 'done') return t.status.done(networks, epochs, (trainMs / 1000).toFixed(1));
  if (phase === 'playing') return t.status.playing(networks);
  return epoch === 0 ? t.status.start(networks) : t.status.paused(epoch, epochs);
}
