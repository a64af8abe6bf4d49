/**
 * Which of the service worker's caches a request goes through, if any: the
 * one decision src/service-worker/sw.ts routes by, kept here as plain code so
 * tests can ask it directly. Only this site's own origin is ever routed:
 * a request to another origin is left to the browser, never fetched or kept
 * by the worker.
 */
export type OfflineRoute =
  /** Every page opened: network first, saved as it is read. */
  | 'page'
  /** Hashed CSS and JS from /_astro/: cache first. */
  | 'asset'
  /** Pagefind's hashed index, fragment and filter chunks and its metadata: cache first. */
  | 'searchIndex'
  /** Pagefind's code, WebAssembly and entry file, and the warning-sign phrases: network first. */
  | 'searchCode';

export interface RequestFacts {
  url: URL;
  /** Request.mode: "navigate" for a page the browser opens. */
  mode: string;
  /** The Accept header: "text/html" when a page is asked for by message (Workbox's CACHE_URLS). */
  accept: string | null;
}

const SEARCH_INDEX = /^\/pagefind\/((index|fragment|filter)\/[^/]+|[^/]+\.pf_meta)$/;
const SEARCH_CODE = /^\/(pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind)|warning-signs\.json)$/;

/** The route for a request from a page of `origin`, or null for none (the precache, or the browser, answers). */
export function offlineRoute({ url, mode, accept }: RequestFacts, origin: string): OfflineRoute | null {
  if (url.origin !== origin) return null;
  if (mode === 'navigate' || accept === 'text/html') return 'page';
  if (url.pathname.startsWith('/_astro/')) return 'asset';
  if (SEARCH_INDEX.test(url.pathname)) return 'searchIndex';
  if (SEARCH_CODE.test(url.pathname)) return 'searchCode';
  return null;
}
