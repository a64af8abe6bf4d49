import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index from the finished HTML after every `astro build`,
 * so the index can never lag behind the pages (astro build empties dist/,
 * index included). What gets indexed is decided in the markup:
 * `data-pagefind-body` on the article, `data-pagefind-ignore` on chrome.
 *
 * Two steps, as two integrations: `start` goes first among the build-done
 * hooks and has Pagefind (its own process) read the pages while the sitemap
 * and the link check run here; `finish` waits for it and writes the index,
 * before the HTTP policy and compression, which cover its files too. The
 * pages are read in the same order as before, so the index is the same.
 */
export default function pagefindIntegration(): AstroIntegration[] {
  let indexing: Promise<{ index: pagefind.PagefindIndex; pages: number; started: number }> | undefined;

  const start: AstroIntegration = {
    name: 'calm-body:pagefind-start',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        indexing = (async () => {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          return { index, pages: added.page_count, started };
        })();
        // Seen by finish; until then a failure must not count as unhandled.
        indexing.catch(() => undefined);
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'calm-body:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Pagefind runs as a child process: close it whatever happens, or a failed build hangs.
        try {
          if (!indexing) throw new Error('Pagefind was not started: put pagefind()[0] before pagefind()[1] in the integrations');
          const { index, pages, started } = await indexing;
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const ms = Math.round(performance.now() - started);
          logger.info(`indexed ${pages} pages in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
  return [start, finish];
}
