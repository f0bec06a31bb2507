/**
 * Web Worker for the training lab: holds one run (lib/labs/training/run.ts) and trains it in time slices of
 * SLICE_MS, yielding between slices so play, pause and step messages are answered at once. At a set speed
 * (epochs per second) it trains only the epochs that are due and sleeps until the next one; at 'max' it
 * trains flat out. Reports at most every REPORT_MS while playing, and always when training stops; each
 * report carries the loss values since the previous one, a snapshot (accuracies, dead units, heat-map grids)
 * and, first after configure, the points. Arrays are transferred, not copied. On request it exports a
 * trained network as plain data (export/model.ts) for the page to write as a script.
 */
import { exportNetwork, type NetworkExport } from '../../../lib/labs/training/export/model';
import { createTrainingRun, type TrainingRun, type TrainingSnapshot } from '../../../lib/labs/training/run';
import type { Speed, TrainingLabState } from '../../../lib/labs/training/state';
import type { Dataset } from '../../../lib/nn';

/** Each request carries a sequence number; reports echo the last one handled, so the page can tell stale ones. */
export type TrainingRequest = { readonly seq: number } & (
  | {
      readonly type: 'configure';
      readonly run: number;
      readonly state: TrainingLabState;
      readonly play: boolean;
      /** The reader's own points (from a CSV), instead of the state's dataset. */
      readonly own: Dataset | undefined;
    }
  | { readonly type: 'play' | 'pause' | 'step' }
  | { readonly type: 'limit'; readonly epochs: number }
  | { readonly type: 'speed'; readonly speed: Speed }
  | { readonly type: 'export'; readonly index: number; readonly name: string }
);

/** The points of a run, as the heat-maps draw them. */
export interface TrainingPoints {
  readonly train: { readonly x: Float64Array; readonly y: Uint8Array };
  readonly test: { readonly x: Float64Array; readonly y: Uint8Array };
}

export type TrainingReport =
  | {
      readonly run: number;
      /** The last request handled: `playing` answers it. */
      readonly seq: number;
      /** losses[i] holds network i's loss curve from epoch `from` to snapshot.epoch. */
      readonly from: number;
      readonly losses: Float64Array[];
      readonly snapshot: TrainingSnapshot;
      readonly playing: boolean;
      /** Milliseconds spent training this run so far (snapshots excluded). */
      readonly trainMs: number;
      readonly points: TrainingPoints | undefined;
    }
  | { readonly run: number; readonly error: string }
  | { readonly run: number; readonly exported: NetworkExport };

const SLICE_MS = 25;
/** Reports while playing: often enough at a watchable speed for the curves to move smoothly. */
const REPORT_MS = { watch: 200, max: 250 };

let run: TrainingRun | undefined;
let runId = 0;
let seq = 0;
let limit = 0;
let playing = false;
let sent = 0;
let lastReport = 0;
let trainMs = 0;
let sendPoints = false;
let speed: Speed = 'max';
/** When playing at a set speed: the epoch and time it started from (reset on play and on a speed change). */
let paceEpoch = 0;
let paceStart = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

// A message to ourselves schedules the next slice without setTimeout's clamping, behind any waiting message.
const channel = new MessageChannel();
let scheduled = false;
const schedule = () => {
  if (!scheduled) channel.port2.postMessage(null);
  scheduled = true;
};

/** Start counting due epochs from now. */
const pace = () => {
  paceEpoch = run?.epoch ?? 0;
  paceStart = performance.now();
};

/** The epoch training may reach now: every epoch at 'max', else one per 1/speed s since pace() (the first at once). */
const dueEpoch = (now: number) =>
  speed === 'max' ? limit : Math.min(limit, paceEpoch + 1 + Math.floor(((now - paceStart) * speed) / 1000));

function report(): void {
  if (!run) return;
  const snapshot = run.snapshot();
  const losses = run.losses.map((curve) => curve.slice(sent, run!.epoch + 1));
  const points: TrainingPoints | undefined = sendPoints
    ? {
        train: { x: run.train.x.slice(), y: run.train.y.slice() },
        test: { x: run.test.x.slice(), y: run.test.y.slice() },
      }
    : undefined;
  const message: TrainingReport = { run: runId, seq, from: sent, losses, snapshot, playing, trainMs, points };
  const transfer: Transferable[] = [snapshot.grids.buffer, ...losses.map((l) => l.buffer)];
  if (points) transfer.push(points.train.x.buffer, points.train.y.buffer, points.test.x.buffer, points.test.y.buffer);
  sent = run.epoch + 1;
  sendPoints = false;
  lastReport = performance.now();
  self.postMessage(message, { transfer });
}

/** Train for one slice, report if due, and come back unless paused or done. */
function slice(): void {
  scheduled = false;
  if (!run || !playing) return;
  const start = performance.now();
  const due = dueEpoch(start);
  while (run.epoch < due && performance.now() - start < SLICE_MS) run.advance();
  trainMs += performance.now() - start;
  if (run.epoch >= limit) playing = false;
  const now = performance.now();
  if (!playing || now - lastReport >= REPORT_MS[speed === 'max' ? 'max' : 'watch']) report();
  if (!playing) return;
  if (speed === 'max' || run.epoch < dueEpoch(now)) return schedule();
  // Caught up: sleep until epoch + 1 is due, (epoch − paceEpoch)/speed seconds after paceStart.
  clearTimeout(timer);
  const next = paceStart + ((run.epoch - paceEpoch) * 1000) / speed;
  timer = setTimeout(schedule, Math.max(0, next - now));
}

function handle(request: TrainingRequest): void {
  seq = request.seq;
  switch (request.type) {
    case 'configure':
      runId = request.run;
      run = createTrainingRun(request.state, request.own);
      limit = request.state.epochs;
      speed = request.state.speed;
      pace();
      [sent, trainMs, sendPoints] = [0, 0, true];
      playing = request.play && limit > 0;
      report();
      if (playing) schedule();
      return;
    case 'play':
      playing = !!run && run.epoch < limit;
      pace();
      if (playing) schedule();
      else report();
      return;
    case 'pause':
      playing = false;
      return report();
    case 'step':
      playing = false;
      if (run && run.epoch < limit) {
        const start = performance.now();
        run.advance();
        trainMs += performance.now() - start;
      }
      return report();
    case 'limit':
      limit = request.epochs;
      return report();
    case 'speed':
      speed = request.speed;
      pace();
      if (playing) schedule();
      return;
    case 'export': {
      const net = run?.nets[request.index];
      if (!run || !net) return;
      const exported = exportNetwork(net, request.name, run.test, run.epoch);
      self.postMessage({ run: runId, exported } satisfies TrainingReport);
      return;
    }
  }
}

channel.port1.onmessage = () => {
  try {
    slice();
  } catch (error) {
    playing = false;
    self.postMessage({ run: runId, error: (error as Error).message } satisfies TrainingReport);
  }
};

self.onmessage = (event: MessageEvent<TrainingRequest>) => {
  try {
    handle(event.data);
  } catch (error) {
    playing = false;
    self.postMessage({ run: runId, error: (error as Error).message } satisfies TrainingReport);
  }
};
