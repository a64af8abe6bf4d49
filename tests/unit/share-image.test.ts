import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { createWorkerPool } from '../../src/lib/build/worker-pool.ts';
import { SHARE_KICKER, drawShareImage, shareImageFile, shareImageKey } from '../../src/lib/build/share-image.ts';

test('an image is kept under a key that changes with exactly what is drawn', () => {
  const key = shareImageKey('Back pain', SHARE_KICKER);
  assert.match(key, /^[0-9a-f]{32}$/);
  assert.equal(shareImageKey('Back pain', SHARE_KICKER), key);
  assert.notEqual(shareImageKey('Back pains', SHARE_KICKER), key);
  assert.notEqual(shareImageKey('Back pain', `${SHARE_KICKER}!`), key);
});

test('an image drawn in a worker thread is the same PNG, byte for byte, as one drawn on the main thread', async () => {
  const title = `Worker test image ${process.pid}`;
  const key = shareImageKey(title, SHARE_KICKER);
  const pool = createWorkerPool<{ key: string; title: string; kicker: string }, string>(
    new URL('../../src/lib/build/share-image-worker.ts', import.meta.url),
    1,
  );
  try {
    assert.equal(await pool.run({ key, title, kicker: SHARE_KICKER }), key);
    const fromWorker = readFileSync(shareImageFile(key));
    const here = await drawShareImage(title, SHARE_KICKER);
    assert.ok(here.length > 10_000);
    assert.ok(fromWorker.equals(here));
  } finally {
    await pool.close();
    rmSync(shareImageFile(key), { force: true });
  }
});

test('a share image is opaque, stored without an alpha channel, with the pixels of the drawing', async () => {
  const { default: sharp } = await import('sharp');
  const { shareImageSvg } = await import('../../src/lib/build/share-image.ts');
  const png = await drawShareImage('Back pain', SHARE_KICKER);
  const meta = await sharp(png).metadata();
  assert.deepEqual([meta.width, meta.height, meta.channels, meta.hasAlpha], [1200, 630, 3, false]);
  // Every pixel of the drawing is opaque, so dropping the alpha channel loses nothing.
  const drawn = await sharp(Buffer.from(await shareImageSvg('Back pain', SHARE_KICKER))).raw().toBuffer({ resolveWithObject: true });
  assert.equal(drawn.info.channels, 4);
  for (let i = 3; i < drawn.data.length; i += 4) if (drawn.data[i] !== 255) assert.fail(`pixel ${(i - 3) / 4} is not opaque`);
  const rgb = Buffer.alloc((drawn.data.length / 4) * 3);
  for (let i = 0, j = 0; i < drawn.data.length; i += 4, j += 3) drawn.data.copy(rgb, j, i, i + 3);
  assert.ok((await sharp(png).raw().toBuffer()).equals(rgb), 'the PNG does not hold the pixels drawn');
});

test('pruning keeps the images a build used and removes the rest, half-written files included', async () => {
  const { mkdtempSync, writeFileSync, readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { pruneShareImages } = await import('../../src/lib/build/share-image.ts');
  const dir = mkdtempSync(path.join(tmpdir(), 'share-images-'));
  try {
    for (const f of ['kept.png', 'old.png', 'kept.png.123.1.tmp']) writeFileSync(path.join(dir, f), 'x');
    assert.equal(pruneShareImages(new Set(['kept']), dir), 2);
    assert.deepEqual(readdirSync(dir), ['kept.png']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
