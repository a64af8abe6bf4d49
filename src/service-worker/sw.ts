/**
 * The service worker: offline reading and offline search, built from Workbox
 * modules. src/integrations/service-worker.ts bundles this file after every
 * build and Workbox (injectManifest) writes the list of files to precache
 * into it, with a revision for each, as dist/sw.js.
 *
 * Every route matches this site's own origin only: nothing from another
 * origin is ever cached (the site loads nothing from one anyway).
 *
 *   pages        network first (a reviewed page replaces the old one as soon
 *                as there is signal), saved as they are read, at most
 *                MAX_SAVED_PAGES, least recently read dropped first; a page
 *                never opened falls back to the precached copy or /offline/
 *   /_astro/     cache first: the names carry a content hash, so a name never
 *                changes meaning and versions cannot mix
 *   Pagefind     its code and entry file network first, its hashed chunks
 *                cache first: a search offline finds what it found before
 *   precache     the shell: CSS, scripts, the offline page, 404, home, search,
 *                symptom A-Z, favicon and manifest
 *
 * Updates: a new deploy's worker installs in the background and waits until
 * no tab is using the old one (no skipWaiting), so a page never finds its
 * service worker and precache swapped under it. clientsClaim() only matters
 * on the first install, when the page was loaded without a worker at all.
 */
/// <reference lib="webworker" />
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import {
  CACHE_PREFIX,
  CACHES,
  MAX_ASSETS,
  MAX_SAVED_PAGES,
  MAX_SEARCH_CHUNKS,
  NETWORK_TIMEOUT_SECONDS,
  OFFLINE_PATH,
  SAVED_AT_ATTRIBUTE,
  SAVED_AT_HEADER,
  SAVED_ON_ATTRIBUTE,
  SAVED_ON_HEADER,
  savedOnText,
} from '../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

clientsClaim();

/** Only complete, successful answers are stored: never an error page or a redirect. */
const onlyOk = new CacheableResponsePlugin({ statuses: [200] });

/** One cache entry per address: Pagefind adds ?ts=<time> to some requests, and /search/?q=... is one page. */
const ignoreQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    url.hash = '';
    return url.href;
  },
};

/**
 * Stamps each saved page with the time it was saved, and marks a page served
 * from the cache instead of the network on <html> with that time, so the page
 * can say so (src/scripts/offline.ts). The date is written here, not in the
 * page, to keep the page's own script small.
 */
const savedAt: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    const now = new Date();
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT_HEADER, now.toISOString());
    headers.set(SAVED_ON_HEADER, savedOnText(now));
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    const at = cachedResponse?.headers.get(SAVED_AT_HEADER) ?? '';
    const on = cachedResponse?.headers.get(SAVED_ON_HEADER) ?? '';
    if (!cachedResponse || !/^[\d:.TZ-]+$/.test(at) || !/^[\w ]+$/.test(on)) return cachedResponse ?? null;
    const html = (await cachedResponse.text()).replace(/<html\b/i, `<html ${SAVED_AT_ATTRIBUTE}="${at}" ${SAVED_ON_ATTRIBUTE}="${on}"`);
    const headers = new Headers(cachedResponse.headers);
    headers.delete('content-length');
    return new Response(html, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};

/** A page with no signal and no saved copy: its precached copy if it has one, else the offline page. */
const offlineFallback: WorkboxPlugin = {
  handlerDidError: async ({ request }) =>
    (await matchPrecache(new URL(request.url).pathname)) ?? (await matchPrecache(OFFLINE_PATH)) ?? Response.error(),
};

/** An asset a page needs but no cache holds yet (the offline page opened with no signal): the precached copy. */
const precachedCopy: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (await matchPrecache(request.url)) ?? Response.error(),
};

// Pages: every navigation, and the page the reader was on when the worker first started
// (sent by src/scripts/service-worker.ts as a CACHE_URLS message with Accept: text/html).
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && (request.mode === 'navigate' || request.headers.get('accept') === 'text/html'),
  new NetworkFirst({
    cacheName: CACHES.pages,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [
      onlyOk,
      ignoreQuery,
      new ExpirationPlugin({ maxEntries: MAX_SAVED_PAGES, purgeOnQuotaError: true }),
      savedAt,
      offlineFallback,
    ],
  }),
);

// Hashed CSS and JS. Kept here (not only in the precache) so a page saved before a new deploy still has its own.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
  new CacheFirst({
    cacheName: CACHES.assets,
    plugins: [onlyOk, new ExpirationPlugin({ maxEntries: MAX_ASSETS, purgeOnQuotaError: true }), precachedCopy],
  }),
);

// Pagefind's chunks: content-hashed names, so the copy once fetched is the copy for good.
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin && /^\/pagefind\/((index|fragment|filter)\/[^/]+|[^/]+\.pf_meta)$/.test(url.pathname),
  new CacheFirst({
    cacheName: CACHES.searchIndex,
    matchOptions: { ignoreSearch: true },
    plugins: [onlyOk, ignoreQuery, new ExpirationPlugin({ maxEntries: MAX_SEARCH_CHUNKS, purgeOnQuotaError: true })],
  }),
);

// Pagefind's code, WebAssembly and entry file, and the warning-sign phrases: fixed names, so network first.
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin &&
    /^\/(pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind)|warning-signs\.json)$/.test(url.pathname),
  new NetworkFirst({
    cacheName: CACHES.search,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    matchOptions: { ignoreSearch: true },
    plugins: [onlyOk, ignoreQuery],
  }),
);

// The shell. Its route comes last, so pages and /_astro/ files go through the routes above.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Caches of an older CACHE_VERSION go once this worker takes over.
self.addEventListener('activate', (event) => {
  const current = new Set<string>(Object.values(CACHES));
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && !current.has(n)).map((n) => caches.delete(n))),
    ),
  );
});
