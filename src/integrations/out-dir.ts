import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TRASH = path.resolve('node_modules/.cache/calm-body-old-builds');

/**
 * Empties dist/ without making the build wait for it. Astro deletes the
 * previous build file by file before it starts (tens of thousands of pages,
 * compressed copies, images and index files at 10,000 articles); instead the
 * old folder is moved aside in one step and deleted in the background while
 * the new build runs. Where it cannot be moved (another disk), Astro deletes
 * it as before, and also when it holds a .git folder, which Astro keeps.
 */
export default function emptyOutDirInBackground(): AstroIntegration {
  let outDir = '';
  return {
    name: 'calm-body:out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        // What an earlier build left to delete, if it stopped before it was done.
        const leftovers = existsSync(TRASH) ? readdirSync(TRASH).map((name) => path.join(TRASH, name)) : [];
        const inside = existsSync(outDir) ? readdirSync(outDir) : [];
        if (inside.length && !inside.includes('.git')) {
          const aside = path.join(TRASH, `${process.pid}-${Date.now()}`);
          try {
            mkdirSync(TRASH, { recursive: true });
            renameSync(outDir, aside);
            leftovers.push(aside);
          } catch (e) {
            logger.debug(`dist/ not moved aside (${(e as Error).message}): Astro empties it`);
          }
        }
        for (const dir of leftovers) void rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
      },
    },
  };
}
