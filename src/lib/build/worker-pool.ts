import os from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * A few worker threads, each running one module that turns a job into a
 * result, so that work which would otherwise queue on the build's one thread
 * runs on every core. Jobs are handed out in the order they were asked for, one
 * at a time to each worker.
 *
 * A worker holds the process open only while it has a job: a build that stops
 * early is not kept alive by work nobody will wait for, and `close()` ends the
 * workers.
 */
export interface WorkerPool<Job, Result> {
  run(job: Job): Promise<Result>;
  /** Forgets the jobs no worker has started; their promises reject. */
  clear(): void;
  /** Ends every worker, after clear(). */
  close(): Promise<void>;
  readonly size: number;
}

type Reply<Result> = { id: number; result: Result } | { id: number; error: { message: string; stack?: string } };

interface Task<Job, Result> {
  id: number;
  job: Job;
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}

export function createWorkerPool<Job, Result>(
  module: URL,
  size: number = Math.max(1, os.availableParallelism()),
): WorkerPool<Job, Result> {
  const queue: Task<Job, Result>[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task<Job, Result>>();
  let nextId = 0;
  let closed = false;

  const start = () => {
    const worker = new Worker(module);
    worker.on('message', (reply: Reply<Result>) => {
      const task = busy.get(worker);
      if (!task || task.id !== reply.id) return;
      busy.delete(worker);
      if ('error' in reply) {
        const error = new Error(reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        task.reject(error);
      } else {
        task.resolve(reply.result);
      }
      give(worker);
    });
    worker.on('error', (error) => {
      // The worker is gone: fail its job; a new worker takes the next one.
      busy.get(worker)?.reject(error);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      pump();
    });
    return worker;
  };

  /** The next job to a worker that is free, or let it rest without holding the process open. */
  const give = (worker: Worker) => {
    const task = queue.shift();
    if (!task) {
      worker.unref();
      idle.push(worker);
      return;
    }
    worker.ref();
    busy.set(worker, task);
    worker.postMessage({ id: task.id, job: task.job });
  };

  const pump = () => {
    while (queue.length && idle.length) give(idle.pop()!);
    while (queue.length && busy.size + idle.length < size) give(start());
  };

  const clear = () => {
    for (const task of queue.splice(0)) task.reject(new Error('the job was dropped before it started'));
  };

  return {
    size,
    run(job) {
      if (closed) return Promise.reject(new Error('the worker pool is closed'));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        pump();
      });
    },
    clear,
    async close() {
      closed = true;
      clear();
      const all = [...idle, ...busy.keys()];
      idle.length = 0;
      for (const [, task] of busy) task.reject(new Error('the worker pool was closed'));
      busy.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

/**
 * The worker's side: answers each job the pool sends with `handle(job)`,
 * or with the error it threw.
 */
export function answerJobs<Job, Result>(handle: (job: Job) => Result | Promise<Result>): void {
  if (!parentPort) throw new Error('answerJobs() runs inside a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, job }: { id: number; job: Job }) => {
    try {
      port.postMessage({ id, result: await handle(job) });
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      port.postMessage({ id, error: { message: error.message, stack: error.stack } });
    }
  });
}
