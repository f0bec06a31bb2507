import { describe, expect, test } from 'vitest';
import { FlowScheduler } from '../../../src/lib/labs/gradient-flow/scheduler';

describe('FlowScheduler', () => {
  test('hands out one task at a time and completes a job with results in config order', () => {
    const s = new FlowScheduler<string, number>();
    const job = s.submit(['a', 'b']);
    const first = s.take()!;
    expect(first).toEqual({ id: job.id, index: 0, config: 'a' });
    expect(s.take()).toBeUndefined(); // the worker is busy
    expect(s.receive(first.id, first.index, 10)).toMatchObject({ status: 'partial', done: 1 });
    const second = s.take()!;
    expect(second.config).toBe('b');
    expect(s.receive(second.id, second.index, 20)).toEqual({ status: 'complete', job, results: [10, 20] });
    expect(s.running).toBe(false);
    expect(s.take()).toBeUndefined();
  });

  test('a late answer to a replaced, longer list is dropped, not matched to the new, shorter one', () => {
    const s = new FlowScheduler<string, string>();
    s.submit(['sigmoid', 'tanh', 'relu', 'selu']);
    const task = s.take()!;
    s.receive(task.id, task.index, 'sigmoid result');
    const late = s.take()!; // index 1 of the old job is computing…
    const job = s.submit(['relu']); // …when the list shrinks to one function
    expect(s.receive(late.id, late.index, 'tanh result')).toEqual({ status: 'stale' });
    const next = s.take()!;
    expect(next).toEqual({ id: job.id, index: 0, config: 'relu' });
    expect(s.receive(next.id, next.index, 'relu result')).toEqual({
      status: 'complete',
      job,
      results: ['relu result'],
    });
  });

  test('five quick changes while one task runs: only the latest job is computed afterwards', () => {
    const s = new FlowScheduler<number, number>();
    s.submit([1, 2, 3, 4, 5, 6, 7, 8]);
    const running = s.take()!;
    let latest = s.submit([1]);
    for (let k = 2; k <= 5; k++) latest = s.submit(Array.from({ length: 8 - k }, (_, i) => i));
    expect(s.take()).toBeUndefined(); // nothing is queued behind the running task
    expect(s.receive(running.id, running.index, 0).status).toBe('stale');
    const tasks = [];
    for (let task = s.take(); task; task = s.take()) {
      tasks.push(task);
      s.receive(task.id, task.index, task.config);
    }
    expect(tasks.map((t) => t.id)).toEqual(Array(latest.configs.length).fill(latest.id));
  });

  test('an answer with an index outside the job is stale', () => {
    const s = new FlowScheduler<string, number>();
    const job = s.submit(['a']);
    s.take();
    expect(s.receive(job.id, 3, 1)).toEqual({ status: 'stale' });
  });

  test('a failure abandons the current job only', () => {
    const s = new FlowScheduler<string, number>();
    const old = s.submit(['a']);
    s.take();
    s.submit(['b']);
    expect(s.fail(old.id)).toBe(false);
    const task = s.take()!;
    expect(task.config).toBe('b');
    expect(s.fail(task.id)).toBe(true);
    expect(s.running).toBe(false);
  });
});
