import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWorkerPool } from '../../src/lib/build/worker-pool.ts';

const worker = new URL('./fixtures/pool-worker.ts', import.meta.url);
type Out = { doubled: number; thread: number };

test('a pool answers every job, in as many threads as it has, and passes errors back', async () => {
  const pool = createWorkerPool<number, Out>(worker, 3);
  try {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.run(i)));
    assert.deepEqual(results.map((r) => r.doubled), Array.from({ length: 12 }, (_, i) => i * 2));
    assert.equal(new Set(results.map((r) => r.thread)).size, 3);
    await assert.rejects(pool.run(-1), /no negative numbers: -1/);
    // The worker that failed a job still takes the next one.
    assert.equal((await pool.run(21)).doubled, 42);
  } finally {
    await pool.close();
  }
});

test('jobs not yet started are dropped by clear(), and a closed pool takes no more', async () => {
  const pool = createWorkerPool<number, Out>(worker, 1);
  const first = pool.run(1);
  const waiting = pool.run(2);
  pool.clear();
  await assert.rejects(waiting, /dropped/);
  assert.equal((await first).doubled, 2);
  await pool.close();
  await assert.rejects(pool.run(3), /closed/);
});

test('an idle pool does not keep the process alive', async () => {
  const pool = createWorkerPool<number, Out>(worker, 2);
  await pool.run(1);
  // Left open on purpose: if its workers held the process, this test file would never end.
});
