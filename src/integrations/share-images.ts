import type { AstroIntegration } from 'astro';
import { constants, existsSync, mkdirSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkerPool, type WorkerPool } from '../lib/build/worker-pool.ts';
import { HOME_HEADLINE } from '../lib/site/site.ts';
import { SITE_IMAGE_SLUG, ogImagePath } from '../lib/site/routes.ts';
import {
  SHARE_KICKER,
  pruneShareImages,
  setShareImageQueue,
  shareImage,
  shareImageFile,
  shareImageKey,
} from '../lib/build/share-image.ts';

type Job = { key: string; title: string; kicker: string };

/**
 * The share images (/og/<slug>.png): drawn on every core while the rest of the
 * build goes on, then written as files.
 *
 * Drawing one takes about 50 ms, and Astro renders pages one at a time on one
 * thread: drawn by a route per image, 10,000 images would add over eight
 * minutes to a build, and even a kept image costs a route's overhead to copy.
 * Instead, as soon as the content loader knows the articles (before any
 * Markdown is rendered) it hands their names and titles to this queue, which
 * draws the images not already kept in node_modules/.cache in worker threads,
 * one per core. When the pages are done, each image is copied into dist/og/.
 * An image is drawn again only when what it shows changes (its cache key);
 * kept images no page of this build uses are removed at the end.
 *
 * `astro dev` has no queue: a route draws each image when it is asked for.
 */
export default function shareImages(): AstroIntegration {
  let pool: WorkerPool<Job, string> | undefined;
  const jobs = new Map<string, Promise<unknown>>();
  /** Slug → title of every image the build writes. */
  const images = new Map<string, string>([[SITE_IMAGE_SLUG, HOME_HEADLINE]]);
  const draw = (title: string) => {
    const key = shareImageKey(title, SHARE_KICKER);
    if (jobs.has(key) || existsSync(shareImageFile(key))) return;
    pool ??= createWorkerPool<Job, string>(new URL('../lib/build/share-image-worker.ts', import.meta.url));
    // A failed drawing is tried again on the main thread at the end, which then reports the error.
    jobs.set(key, pool.run({ key, title, kicker: SHARE_KICKER }).catch(() => undefined));
  };
  return {
    name: 'calm-body:share-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') {
          injectRoute({ pattern: '/og/[slug].png', entrypoint: new URL('../routes/share-image.ts', import.meta.url), prerender: true });
          return;
        }
        if (command !== 'build') return;
        // The site's own image (home and every page without one) first.
        draw(HOME_HEADLINE);
        setShareImageQueue({
          add(requests) {
            for (const { slug, title } of requests) {
              images.set(slug, title);
              draw(title);
            }
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setShareImageQueue(undefined);
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        mkdirSync(path.join(outDir, 'og'), { recursive: true });
        const keys = new Map([...images].map(([slug, title]) => [slug, shareImageKey(title, SHARE_KICKER)]));
        try {
          await Promise.all(
            [...images].map(async ([slug, title]) => {
              const key = keys.get(slug)!;
              await jobs.get(key);
              // Drawn here only if its worker failed: shareImage draws and keeps it, or throws why not.
              if (!existsSync(shareImageFile(key))) {
                await shareImage(title, SHARE_KICKER).catch((e: Error) => {
                  throw new Error(`could not draw the share image for "${title}" (${ogImagePath(slug)}): ${e.message}`);
                });
              }
              // A copy, not a link: nothing done to dist/ can change the kept image.
              await copyFile(shareImageFile(key), path.join(outDir, ogImagePath(slug)), constants.COPYFILE_FICLONE);
            }),
          );
        } finally {
          await pool?.close();
        }
        const pruned = pruneShareImages(new Set(keys.values()));
        const drawn = jobs.size ? `, ${jobs.size} drawn on ${pool!.size} worker threads` : '';
        const dropped = pruned ? `; ${pruned} kept images no page uses removed` : '';
        logger.info(`wrote ${images.size} share images${drawn} (${Math.round(performance.now() - started)} ms waiting and copying)${dropped}`);
      },
    },
  };
}
