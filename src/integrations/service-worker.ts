import type { AstroIntegration } from 'astro';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManifestTransform } from 'workbox-build';
import { NOT_FOUND_PATH, OFFLINE_PATH, SERVICE_WORKER_PATH } from '../lib/offline/config.ts';

/**
 * The shell every visitor's service worker downloads once per deploy, in the
 * background after the first page has loaded: the hashed CSS and scripts, the
 * pages a reader with no signal is sent to (offline page, home, search,
 * symptom A-Z, 404), the favicons and the web app manifest. Articles are not
 * here: they are saved as they are read.
 */
export const PRECACHE_PATTERNS = [
  '_astro/*.{js,css}',
  'index.html',
  'offline/index.html',
  'search/index.html',
  'symptoms/index.html',
  '404.html',
  'favicon.svg',
  'favicon.ico',
  'manifest.webmanifest',
];

/** Pages are precached under the address readers use: offline/index.html is /offline/. */
const addresses: ManifestTransform = (entries) => ({
  manifest: entries.map((e) => ({ ...e, url: `/${e.url}`.replace(/(^|\/)index\.html$/, '$1') })),
  warnings: [],
});

/**
 * Writes outDir/sw.js: bundles src/service-worker/sw.ts (Workbox modules) with
 * esbuild, then lets Workbox's injectManifest write the precache list into it,
 * with a revision for every file whose name has no hash. Returns the worker's
 * size and what it precaches.
 */
export async function writeServiceWorker(outDir: string): Promise<{ bytes: number; count: number; precacheBytes: number }> {
  // Loaded here, not at the top: every astro command loads the config, and only a build needs these.
  // injectManifest on its own (workbox-build's index also loads generateSW's Babel and Rollup: ~1 s).
  const [{ build }, { injectManifest }] = await Promise.all([
    import('esbuild'),
    import('workbox-build/build/inject-manifest.js'),
  ]);
  const tmp = await mkdtemp(path.join(tmpdir(), 'calm-body-sw-'));
  try {
    const swSrc = path.join(tmp, 'sw.js');
    const bundled = await build({
      entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      // Workbox's development logging is dropped in production builds.
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    await writeFile(swSrc, bundled.outputFiles[0]!.contents);
    const swDest = path.join(outDir, SERVICE_WORKER_PATH.slice(1));
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: outDir,
      globPatterns: PRECACHE_PATTERNS,
      // Hashed names need no revision: the name changes when the file does.
      dontCacheBustURLsMatching: /^_astro\//,
      manifestTransforms: [addresses],
    });
    if (warnings.length) throw new Error(`Workbox: ${warnings.join('; ')}`);
    const sw = await readFile(swDest, 'utf8');
    for (const needed of [OFFLINE_PATH, NOT_FOUND_PATH]) {
      if (!sw.includes(`"url":"${needed}"`)) throw new Error(`the service worker would not precache ${needed}`);
    }
    return { bytes: Buffer.byteLength(sw), count, precacheBytes: size };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Builds dist/sw.js after every `astro build`. Listed after the Pagefind
 * integration in astro.config.mjs, so it sees the finished dist/ (it
 * precaches none of Pagefind: searches cache what they fetch).
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'calm-body:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { bytes, count, precacheBytes } = await writeServiceWorker(fileURLToPath(dir));
        const ms = Math.round(performance.now() - started);
        logger.info(`wrote ${SERVICE_WORKER_PATH} (${bytes} bytes) precaching ${count} files (${Math.round(precacheBytes / 1024)} KB) in ${ms} ms`);
      },
    },
  };
}
