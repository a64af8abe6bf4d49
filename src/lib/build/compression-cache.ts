import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Where a file's Brotli and gzip forms are kept, and how long each is. */
export interface Compressed {
  br: { file: string; bytes: number };
  gz: { file: string; bytes: number };
}

/**
 * Brotli (at a given quality) and gzip (level 9) forms of file contents, kept
 * in a folder by a hash of the contents and the quality: contents seen before
 * are not compressed again. Node's zlib runs in its own threads, so many calls
 * at once use every core.
 *
 * `prune()` removes what no call asked for since the cache was opened, so the
 * folder holds one build's files, not every build's.
 */
export class CompressionCache {
  readonly dir: string;
  private readonly used = new Set<string>();
  private readonly pending = new Map<string, Promise<Compressed>>();
  private ready: Promise<unknown> | undefined;

  constructor(dir: string) {
    this.dir = dir;
  }

  static key(body: Uint8Array, quality: number): string {
    return `${createHash('sha256').update(body).digest('hex').slice(0, 40)}-${quality}`;
  }

  /**
   * The compressed forms of the contents under `key` (from `CompressionCache.key`), from the cache
   * or made now; `body` is read only when they have to be made.
   */
  get(key: string, quality: number, body: () => Uint8Array | Promise<Uint8Array>): Promise<Compressed> {
    this.used.add(key);
    let result = this.pending.get(key);
    if (!result) {
      result = this.make(key, quality, body);
      this.pending.set(key, result);
    }
    return result;
  }

  private async make(key: string, quality: number, read: () => Uint8Array | Promise<Uint8Array>): Promise<Compressed> {
    const br = path.join(this.dir, `${key}.br`);
    const gzFile = path.join(this.dir, `${key}.gz`);
    if (existsSync(br) && existsSync(gzFile)) {
      const [b, g] = await Promise.all([stat(br), stat(gzFile)]);
      return { br: { file: br, bytes: b.size }, gz: { file: gzFile, bytes: g.size } };
    }
    const body = await read();
    const [brBody, gzBody] = await Promise.all([
      brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
      gz(body, { level: 9 }),
    ]);
    this.ready ??= mkdir(this.dir, { recursive: true });
    await this.ready;
    // Whole files or none: a build stopped half-way leaves no half-written entry.
    await Promise.all([keep(br, brBody), keep(gzFile, gzBody)]);
    return { br: { file: br, bytes: brBody.length }, gz: { file: gzFile, bytes: gzBody.length } };
  }

  /** Removes every kept file that no get() asked for. Returns how many. */
  async prune(): Promise<number> {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of await readdir(this.dir)) {
      const key = /^(.+)\.(br|gz)$/.exec(name)?.[1];
      if (key && this.used.has(key)) continue;
      await rm(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}

let serial = 0;
async function keep(file: string, body: Uint8Array) {
  const partial = `${file}.${process.pid}${serial++}.tmp`;
  await writeFile(partial, body);
  await rename(partial, file);
}
