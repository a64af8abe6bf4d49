import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { createWorkerPool, type WorkerPool } from '../lib/build/worker-pool.ts';
import { HOME_HEADLINE } from '../lib/site/site.ts';
import { SHARE_KICKER, setShareImageQueue, shareImageFile, shareImageKey, shareImageQueue } from '../lib/build/share-image.ts';

type Job = { key: string; title: string; kicker: string };

/**
 * Share images drawn on every core while the rest of the build goes on.
 *
 * Drawing a share image takes about 50 ms, and Astro renders pages one at a
 * time on one thread: drawn by the page that serves it, 10,000 images would
 * add over eight minutes to a build. Instead, as soon as the content loader
 * knows the titles (before any Markdown is rendered) it hands them to this
 * queue, which draws the images that are not already kept in
 * node_modules/.cache in worker threads, one per core; each /og/ page then
 * waits for its own image (src/lib/build/share-image.ts). The PNGs are the same
 * bytes as those drawn on the main thread.
 *
 * Only `astro build` opens the queue: `astro dev` draws each image when it is
 * asked for.
 */
export default function shareImages(): AstroIntegration {
  let pool: WorkerPool<Job, string> | undefined;
  const jobs = new Map<string, Promise<unknown>>();
  return {
    name: 'calm-body:share-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        setShareImageQueue({
          add(titles) {
            // The site's own image (home and every page without one) comes first.
            for (const title of [HOME_HEADLINE, ...titles]) {
              const key = shareImageKey(title, SHARE_KICKER);
              if (jobs.has(key) || existsSync(shareImageFile(key))) continue;
              pool ??= createWorkerPool<Job, string>(new URL('../lib/build/share-image-worker.ts', import.meta.url));
              // A failed drawing is drawn again by its page, which then reports the error.
              jobs.set(key, pool.run({ key, title, kicker: SHARE_KICKER }).catch(() => undefined));
            }
          },
          pending: (key) => jobs.get(key),
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (shareImageQueue()) setShareImageQueue(undefined);
        if (pool) {
          logger.info(`drew ${jobs.size} share images on ${pool.size} worker threads`);
          await pool.close();
        }
      },
    },
  };
}
