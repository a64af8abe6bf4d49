import { SAVED_AT_ATTRIBUTE, SAVED_ON_ATTRIBUTE, SERVICE_WORKER_PATH } from '../../lib/offline/config.ts';

/**
 * On a page the service worker served from its cache (it marks <html> with
 * the date the page was saved), shows the quiet line that says so. The
 * review dates stay as they are: they say when the advice was checked.
 */
export function showOfflineNote(): void {
  const html = document.documentElement;
  const note = document.querySelector<HTMLElement>('[data-offline-note]');
  const time = note?.querySelector('time');
  const savedOn = html.getAttribute(SAVED_ON_ATTRIBUTE);
  if (!note || !time || !savedOn) return;
  time.dateTime = html.getAttribute(SAVED_AT_ATTRIBUTE) ?? '';
  time.textContent = savedOn;
  // Served from the cache with the network still up: the network was too slow, not gone.
  if (navigator.onLine) for (const why of note.querySelectorAll<HTMLElement>('[data-why]')) why.hidden = !why.hidden;
  note.hidden = false;
}

/**
 * Registers the service worker once the page has loaded, so it never competes
 * with the page for the network. The first time, the page the reader is on
 * was loaded before any worker existed: it is handed to Workbox's CACHE_URLS
 * message so it is saved like every page after it.
 */
export function registerServiceWorker(): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const register = async () => {
    const uncontrolled = !sw.controller;
    await sw.register(SERVICE_WORKER_PATH);
    if (uncontrolled) {
      (await sw.ready).active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [[location.href, { headers: { accept: 'text/html' } }]] } });
    }
  };
  const start = () => void register().catch(() => {});
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
