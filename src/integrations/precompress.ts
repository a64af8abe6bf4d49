import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { HOST_FILES } from '../lib/build/http-policy.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

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

/**
 * Writes `x.br` and `x.gz` beside every text file in dist/, for servers that
 * send precompressed files as they are (nginx brotli_static, gzip_static).
 * Node's own zlib, in its worker threads. Hosts that compress for themselves
 * ignore them; `PRECOMPRESS=0` leaves them out.
 */
export default function precompress(): AstroIntegration {
  return {
    name: 'calm-body:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PRECOMPRESS === '0') return logger.info('PRECOMPRESS=0: no .br or .gz files');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' }))
          .map((rel) => ({ rel, urlPath: `/${rel.split(path.sep).join('/')}` }))
          .filter(({ urlPath }) => COMPRESSIBLE.test(urlPath) && !HOST_FILES.test(urlPath));
        let written = 0;
        const queue = [...files];
        const worker = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const file = path.join(outDir, next.rel);
            const body = await readFile(file);
            if (body.length < MIN_BYTES) continue;
            const [br, gzipped] = await Promise.all([
              brotli(body, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: quality(next.urlPath),
                  [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
                  [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                },
              }),
              gz(body, { level: 9 }),
            ]);
            if (br.length < body.length) await writeFile(`${file}.br`, br), written++;
            if (gzipped.length < body.length) await writeFile(`${file}.gz`, gzipped), written++;
          }
        };
        await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism()) }, worker));
        logger.info(`wrote ${written} .br and .gz files for ${files.length} text files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
