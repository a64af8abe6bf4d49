/**
 * The service worker: offline reading and offline search, built from Workbox
 * modules. src/integrations/service-worker.ts bundles this file after every
 * build and Workbox (injectManifest) writes the list of files to precache
 * into it, with a revision for each, as dist/sw.js.
 *
 * Every route matches this site's own origin only (src/lib/offline/routes.ts
 * decides which route a request takes): nothing from another origin is ever
 * fetched or cached by the worker (the site loads nothing from one anyway).
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
 *                symptom A-Z, favicons and manifest
 *
 * Updates: a new deploy's worker installs in the background and waits until
 * no tab is using the old one (no skipWaiting), so a page never finds its
 * service worker and precache swapped under it. clientsClaim() only matters
 * on the first install, when the page was loaded without a worker at all.
 */
/// <reference lib="webworker" />
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
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
  NOT_FOUND_PATH,
  OFFLINE_PATH,
  SAVED_AT_ATTRIBUTE,
  SAVED_AT_HEADER,
  SAVED_ON_ATTRIBUTE,
  SAVED_ON_HEADER,
  savedOnText,
} from '../lib/offline/config.ts';
import { offlineRoute, type OfflineRoute } from '../lib/offline/routes.ts';

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
 * A saved copy of a page, marked on <html> with when it was saved, so the
 * page can say so (src/components/offline/offline-support.ts). The date is
 * written here, not in the page, to keep the page's own script small.
 * Nothing else in the HTML changes, so the page's CSP hashes still match.
 */
async function markedAsSaved(response: Response, at: Date): Promise<Response> {
  if (Number.isNaN(at.getTime())) return response;
  const html = (await response.text()).replace(
    /<html\b/i,
    `<html ${SAVED_AT_ATTRIBUTE}="${at.toISOString()}" ${SAVED_ON_ATTRIBUTE}="${savedOnText(at)}"`,
  );
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Stamps each page with the time it was saved, and marks the saved copy when
 * it is served instead of the network's.
 */
const savedAt: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    const now = new Date();
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT_HEADER, now.toISOString());
    headers.set(SAVED_ON_HEADER, savedOnText(now));
    // The body stored is the decoded one: its length and encoding on the wire no longer apply.
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
  cachedResponseWillBeUsed: async ({ cachedResponse }) =>
    cachedResponse ? markedAsSaved(cachedResponse, new Date(cachedResponse.headers.get(SAVED_AT_HEADER) ?? '')) : null,
};

/**
 * A page with no signal and no saved copy: its copy in the shell if it has
 * one (home, search, symptom A-Z: saved when the worker was installed, which
 * the server's Date header tells), else the offline page.
 */
const offlineFallback: WorkboxPlugin = {
  handlerDidError: async ({ request }) => {
    const shell = await matchPrecache(new URL(request.url).pathname);
    if (shell) return markedAsSaved(shell, new Date(shell.headers.get('date') ?? ''));
    return (await matchPrecache(OFFLINE_PATH)) ?? Response.error();
  },
};

/** An asset a page needs but no cache holds yet (the offline page opened with no signal): the precached copy. */
const precachedCopy: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (await matchPrecache(request.url)) ?? Response.error(),
};

/** Matches the requests of one route (src/lib/offline/routes.ts): this site's own origin only. */
const routed =
  (route: OfflineRoute) =>
  ({ url, request }: { url: URL; request: Request }) =>
    offlineRoute({ url, mode: request.mode, accept: request.headers.get('accept') }, self.location.origin) === route;

// Pages: every navigation, and the page the reader was on when the worker first started
// (sent by src/components/offline/offline-support.ts as a CACHE_URLS message with Accept: text/html).
registerRoute(
  routed('page'),
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
  routed('asset'),
  new CacheFirst({
    cacheName: CACHES.assets,
    plugins: [onlyOk, new ExpirationPlugin({ maxEntries: MAX_ASSETS, purgeOnQuotaError: true }), precachedCopy],
  }),
);

// Pagefind's chunks: content-hashed names, so the copy once fetched is the copy for good.
registerRoute(
  routed('searchIndex'),
  new CacheFirst({
    cacheName: CACHES.searchIndex,
    matchOptions: { ignoreSearch: true },
    plugins: [onlyOk, ignoreQuery, new ExpirationPlugin({ maxEntries: MAX_SEARCH_CHUNKS, purgeOnQuotaError: true })],
  }),
);

// Pagefind's code, WebAssembly and entry file, and the warning-sign phrases: fixed names, so network first.
registerRoute(
  routed('searchCode'),
  new NetworkFirst({
    cacheName: CACHES.search,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    matchOptions: { ignoreSearch: true },
    plugins: [onlyOk, ignoreQuery],
  }),
);

// The shell. Its route comes last, so pages and /_astro/ files go through the routes above.
// Workbox precaches only answers under 400; the 404 page is taken with its own status too,
// as nginx sends it with 404 at its own address, as at every missing one.
addPlugins([
  {
    cacheWillUpdate: async ({ request, response }) =>
      response.status < 400 || (response.status === 404 && new URL(request.url).pathname === NOT_FOUND_PATH) ? response : null,
  },
]);
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
