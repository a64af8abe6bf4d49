/**
 * Offline reading: the names and limits the service worker
 * (src/service-worker/sw.ts), the page scripts and the tests share. Plain data
 * with no imports, so the service worker and the page bundles stay small.
 */

/** Bump when the shape of what is stored changes: the service worker then drops every cache of an older version. */
export const CACHE_VERSION = 'v1';
export const CACHE_PREFIX = 'calm-body-';

export const CACHES = {
  /** Every page the reader opens (network first), at most MAX_SAVED_PAGES, least recently read dropped first. */
  pages: `${CACHE_PREFIX}pages-${CACHE_VERSION}`,
  /** Hashed CSS and JS from /_astro/ that pages have used (never change under one name). */
  assets: `${CACHE_PREFIX}assets-${CACHE_VERSION}`,
  /** Pagefind's code and entry file, and the warning-sign phrases: network first. */
  search: `${CACHE_PREFIX}search-${CACHE_VERSION}`,
  /** Pagefind's hashed index, fragment, filter and meta chunks that searches have fetched. */
  searchIndex: `${CACHE_PREFIX}search-index-${CACHE_VERSION}`,
} as const;

/** How many pages are kept for offline reading. */
export const MAX_SAVED_PAGES = 50;
/** Hashed assets kept, enough for the pages above across several deploys. */
export const MAX_ASSETS = 120;
/** Pagefind chunks kept (each a few KB). */
export const MAX_SEARCH_CHUNKS = 400;
/** With a signal this weak, the saved copy is shown rather than a blank screen (the network copy still updates it). */
export const NETWORK_TIMEOUT_SECONDS = 4;

/**
 * Headers the service worker stores with each saved page: when it was saved,
 * as ISO 8601 and as readers read it ("25 Nov 2026", the reader's own time zone).
 */
export const SAVED_AT_HEADER = 'x-calm-body-saved-at';
export const SAVED_ON_HEADER = 'x-calm-body-saved-on';
/**
 * Set on <html> by the service worker when it serves a page from the cache
 * instead of the network: the two values above.
 */
export const SAVED_AT_ATTRIBUTE = 'data-saved-at';
export const SAVED_ON_ATTRIBUTE = 'data-saved-on';

/** The offline page, shown for a page that was never opened when there is no signal. */
export const OFFLINE_PATH = '/offline/';
/** The site's 404 page, part of the shell. */
export const NOT_FOUND_PATH = '/404.html';
export const SERVICE_WORKER_PATH = '/sw.js';

/** Where articles live: /articles/<slug>/. */
export const ARTICLES_PREFIX = '/articles/';

/** "25 Nov 2026", in the reader's own time zone (the service worker runs on the reader's device). */
export function savedOnText(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
