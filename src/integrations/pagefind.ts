import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index from the finished HTML after every `astro build`,
 * so the index can never lag behind the pages (astro build empties dist/,
 * index included). What gets indexed is decided in the markup:
 * `data-pagefind-body` on the article, `data-pagefind-ignore` on chrome.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'calm-body:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        // Pagefind runs as a child process: close it whatever happens, or a failed build hangs.
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const ms = Math.round(performance.now() - started);
          logger.info(`indexed ${added.page_count} pages in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
