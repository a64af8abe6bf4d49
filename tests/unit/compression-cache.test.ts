import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CompressionCache } from '../../src/lib/build/compression-cache.ts';

const page = (n: number) => Buffer.from(`<!doctype html><title>Page ${n}</title>${'<p>Calm body, calm mind. '.repeat(200)}`);

test('compressed forms are made once, kept by a hash of the contents, and give the contents back', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'compression-cache-'));
  try {
    const body = page(1);
    const key = CompressionCache.key(body, 8);
    assert.notEqual(CompressionCache.key(page(2), 8), key);
    assert.notEqual(CompressionCache.key(body, 11), key);

    let reads = 0;
    const first = await new CompressionCache(dir).get(key, 8, () => (reads++, body));
    assert.equal(reads, 1);
    assert.deepEqual(brotliDecompressSync(readFileSync(first.br.file)), body);
    assert.deepEqual(gunzipSync(readFileSync(first.gz.file)), body);
    assert.ok(first.br.bytes < body.length / 10 && first.gz.bytes < body.length / 10);

    // A later build: the same contents are not read, let alone compressed.
    const again = await new CompressionCache(dir).get(key, 8, () => (reads++, body));
    assert.equal(reads, 1);
    assert.deepEqual(again, first);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('prune() removes the forms no get() asked for since the cache was opened', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'compression-cache-'));
  try {
    const old = new CompressionCache(dir);
    await old.get(CompressionCache.key(page(1), 8), 8, () => page(1));
    await old.get(CompressionCache.key(page(2), 8), 8, () => page(2));
    assert.equal(readdirSync(dir).length, 4);

    const next = new CompressionCache(dir);
    const kept = CompressionCache.key(page(2), 8);
    await next.get(kept, 8, () => page(2));
    assert.equal(await next.prune(), 2);
    assert.deepEqual(readdirSync(dir).sort(), [`${kept}.br`, `${kept}.gz`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
