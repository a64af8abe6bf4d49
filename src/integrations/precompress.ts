import type { AstroIntegration } from 'astro';
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompressionCache } from '../lib/build/compression-cache.ts';
import { HOST_FILES } from '../lib/build/http-policy.ts';

/** Text a server should send compressed. Pagefind's own files (.pf_*, .pagefind) are gzip already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;
/** Below this, compression saves less than the headers it costs. */
export const MIN_BYTES = 256;

/**
 * Brotli quality: 11 (the best, about 45 times slower) for the hashed scripts
 * and styles, which are few and cached for a year; 8 for everything else,
 * which is within a tenth of 11 and keeps the build fast at 10,000 pages.
 */
const quality = (urlPath: string) => (urlPath.startsWith('/_astro/') ? 11 : 8);

const CACHE_DIR = path.resolve('node_modules/.cache/calm-body-precompress');
const lanes = () => Math.max(2, os.availableParallelism());

/** The text files to compress, as paths in dist/ and on the site. */
async function textFiles(outDir: string) {
  return (await readdir(outDir, { recursive: true, encoding: 'utf8' }))
    .map((rel) => ({ rel, urlPath: `/${rel.split(path.sep).join('/')}` }))
    .filter(({ urlPath }) => COMPRESSIBLE.test(urlPath) && !HOST_FILES.test(urlPath));
}

/** Runs `work` on every item, a few at a time (zlib and file reads run in Node's thread pool). */
async function each<T>(items: readonly T[], work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: lanes() }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await work(next);
  }));
}

/**
 * Writes `x.br` and `x.gz` beside every text file in dist/, for servers that
 * send precompressed files as they are (nginx brotli_static, gzip_static).
 * Node's own zlib, in its worker threads. Hosts that compress for themselves
 * ignore them; `PRECOMPRESS=0` leaves them out.
 *
 * Two steps, as two integrations: `start` goes first among the build-done
 * hooks and begins compressing the pages in the background while the link
 * check, Pagefind and the HTTP policy run; `finish` goes last, compresses what
 * those wrote (sitemaps, Pagefind's scripts) and writes every .br and .gz.
 * Compressed forms are kept in node_modules/.cache by a hash of the file, so
 * a page that has not changed since the last build is not compressed again;
 * forms no longer used are removed at the end.
 */
export default function precompress(): AstroIntegration[] {
  let cache: CompressionCache | undefined;
  /** What the start step read: a file's size, time and key, so finish need not read it again. */
  const seen = new Map<string, { size: number; mtimeMs: number; key: string }>();
  let started: Promise<void> | undefined;
  const off = () => process.env.PRECOMPRESS === '0';

  const start: AstroIntegration = {
    name: 'calm-body:precompress-start',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (off()) return;
        const outDir = fileURLToPath(dir);
        cache = new CompressionCache(CACHE_DIR);
        const c = cache;
        // Not awaited: runs beside the hooks that follow. A failure here only means finish does the work.
        started = (async () => {
          await each(await textFiles(outDir), async ({ rel, urlPath }) => {
            const file = path.join(outDir, rel);
            const [body, info] = await Promise.all([readFile(file), stat(file)]);
            if (body.length < MIN_BYTES) return;
            const q = quality(urlPath);
            const key = CompressionCache.key(body, q);
            seen.set(rel, { size: info.size, mtimeMs: info.mtimeMs, key });
            await c.get(key, q, () => body);
          });
        })().catch(() => undefined);
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'calm-body:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (off()) return logger.info('PRECOMPRESS=0: no .br or .gz files');
        const outDir = fileURLToPath(dir);
        const began = performance.now();
        await started;
        cache ??= new CompressionCache(CACHE_DIR);
        const c = cache;
        const files = await textFiles(outDir);
        let written = 0;
        await each(files, async ({ rel, urlPath }) => {
          const file = path.join(outDir, rel);
          const info = await stat(file);
          if (info.size < MIN_BYTES) return;
          const q = quality(urlPath);
          const before = seen.get(rel);
          let forms;
          if (before && before.size === info.size && before.mtimeMs === info.mtimeMs) {
            forms = await c.get(before.key, q, () => readFile(file));
          } else {
            const body = await readFile(file);
            forms = await c.get(CompressionCache.key(body, q), q, () => body);
          }
          for (const [ext, form] of [['br', forms.br], ['gz', forms.gz]] as const) {
            if (form.bytes >= info.size) continue;
            // Another build sharing node_modules/.cache may have removed it since: then make it here.
            await copyFile(form.file, `${file}.${ext}`).catch(async () => {
              const again = await new CompressionCache(CACHE_DIR).get(`${path.basename(form.file, `.${ext}`)}`, q, () => readFile(file));
              await copyFile(again[ext].file, `${file}.${ext}`);
            });
            written++;
          }
        });
        seen.clear();
        const pruned = await c.prune();
        logger.info(
          `wrote ${written} .br and .gz files for ${files.length} text files in ${Math.round(performance.now() - began)} ms` +
            (pruned ? ` (${pruned} unused kept forms removed)` : ''),
        );
      },
    },
  };
  return [start, finish];
}
