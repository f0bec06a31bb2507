/**
 * Which run the gradient-flow lab's worker should do next. The worker gets one function's config per message,
 * and every answer carries the id of the job it belongs to, so:
 * - a late answer is matched to its own job's config by id and index, never to whatever list is current
 *   (the functions may have changed while it was computing);
 * - when settings change while a job runs, the new job replaces it: the worker finishes only the function it
 *   is on, the old job's other functions are never sent, and of several quick changes only the latest runs.
 * Pure bookkeeping, no Worker: the lab's script posts what `take` returns and feeds answers to `receive`.
 */

export interface Job<C> {
  readonly id: number;
  readonly configs: readonly C[];
}

/** A piece of work for the worker: one config of one job. */
export interface Task<C> {
  readonly id: number;
  readonly index: number;
  readonly config: C;
}

export type Received<C, R> =
  | { readonly status: 'stale' }
  | { readonly status: 'partial'; readonly job: Job<C>; readonly done: number }
  | { readonly status: 'complete'; readonly job: Job<C>; readonly results: readonly R[] };

export class FlowScheduler<C, R> {
  #job: (Job<C> & { results: (R | undefined)[]; sent: number }) | undefined;
  #busy = false;
  #lastId = 0;

  /** Start a new job in place of any current one; returns its id. */
  submit(configs: readonly C[]): Job<C> {
    const job = { id: ++this.#lastId, configs: [...configs], results: configs.map(() => undefined), sent: 0 };
    this.#job = job;
    return job;
  }

  /** The next task, if the worker is idle and the current job has work left; marks the worker busy. */
  take(): Task<C> | undefined {
    const job = this.#job;
    if (this.#busy || !job || job.sent >= job.configs.length) return undefined;
    this.#busy = true;
    const index = job.sent++;
    return { id: job.id, index, config: job.configs[index]! };
  }

  /** Record the worker's answer to a task; the worker is idle again. Answers to replaced jobs are stale. */
  receive(id: number, index: number, result: R): Received<C, R> {
    this.#busy = false;
    const job = this.#job;
    if (!job || id !== job.id || index < 0 || index >= job.configs.length) return { status: 'stale' };
    job.results[index] = result;
    const done = job.results.filter((r) => r !== undefined).length;
    if (done < job.configs.length) return { status: 'partial', job, done };
    this.#job = undefined;
    return { status: 'complete', job, results: job.results as R[] };
  }

  /** The worker failed on a task: the job is abandoned if it is current; the worker is idle again. */
  fail(id: number): boolean {
    this.#busy = false;
    if (this.#job?.id !== id) return false;
    this.#job = undefined;
    return true;
  }

  /** Whether a job is waiting for answers. */
  get running(): boolean {
    return this.#job !== undefined;
  }
}
