import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { foreignRequests, PHONE } from '../../scripts/support/chromium.ts';
import { DIST, serveSite, type SiteServer } from '../../scripts/support/server.ts';
import { distPages } from '../support/dist.ts';
import { cspViolations, expect, test } from './fixtures.ts';
import { leadAsSentence } from '../../src/lib/care/care-levels.ts';
import { CACHE_PREFIX, CACHES, MAX_SAVED_PAGES, OFFLINE_PATH, SERVICE_WORKER_PATH } from '../../src/lib/offline/config.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';

/**
 * Offline reading (src/service-worker/sw.ts), in Chromium, with the site
 * served by nginx as in production: pages read with a signal open without
 * one and say so; a page never opened shows the offline page with the saved
 * articles; a search finds offline what it found online; a page changed on
 * the server reaches the reader as soon as there is a signal; a new deploy
 * takes over cleanly; at most MAX_SAVED_PAGES pages are kept; nothing from
 * another origin is fetched or kept.
 *
 * Tests that change the site work on their own copy of dist/, served by its
 * own nginx, in their own context (the `copy` and `copyContext` fixtures), so
 * the shared dist/ is never touched.
 */
const READ = ['/articles/sciatica/', '/articles/night-leg-cramps/'] as const;
const UNREAD = '/articles/eyelid-twitching/';
const OFFLINE_LINE = /^You are offline\. This page was saved on \d{1,2} [A-Z][a-z]{2,3} \d{4}\.$/;
const INNER = { useInnerText: true };

/** WCAG 2.2 AA on what only shows offline (the offline line, the saved list); tests/browser/accessibility.spec.ts checks the rest. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${new URL(page.url()).pathname}: ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The URL paths in one of the worker's caches. */
async function cachedPaths(page: Page, cache: string = CACHES.pages): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    return (await (await caches.open(name)).keys()).map((k) => new URL(k.url).pathname);
  }, cache);
}

/**
 * Reads pages as a reader would, with a signal: each one opened in turn, and
 * each one saved by the service worker before the test goes on.
 */
async function readOnline(page: Page, server: SiteServer, paths: readonly string[]): Promise<Page> {
  for (const p of paths) {
    await page.goto(server.url(p));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
  await page.waitForFunction(
    async ({ name, paths }) => {
      const cache = await caches.open(name);
      return (await Promise.all(paths.map((p) => cache.match(p)))).every(Boolean);
    },
    { name: CACHES.pages, paths: [...paths] },
  );
  return page;
}

/**
 * No signal, and nothing in the browser's own HTTP cache either (a phone may
 * have dropped it, and hashed files would otherwise come from it): whatever
 * opens now comes from the service worker's caches.
 */
async function goOffline(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await context.setOffline(true);
}

interface SiteCopy {
  server: SiteServer;
  /** Changes a file of the copy as a deploy would: the file and its .br and .gz copies. */
  change: (urlPath: string, edit: (text: string) => string) => void;
  /** Writes the copy's sw.js again from its (changed) files, as the build does, with its .br and .gz. */
  rebuildServiceWorker: () => Promise<void>;
  remove: () => Promise<void>;
}

/** A copy of dist/ served by its own nginx, for tests that change the site on the server. */
async function serveCopy(): Promise<SiteCopy> {
  const root = mkdtempSync(path.join(tmpdir(), 'calm-body-offline-'));
  const dist = path.join(root, 'dist');
  cpSync(DIST, dist, { recursive: true });
  const server = await serveSite(root);
  const file = (urlPath: string) => path.join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  const writeWithCompressed = (target: string, text: string) => {
    writeFileSync(target, text);
    writeFileSync(`${target}.br`, brotliCompressSync(text));
    writeFileSync(`${target}.gz`, gzipSync(text));
  };
  return {
    server,
    change(urlPath, edit) {
      const before = readFileSync(file(urlPath), 'utf8');
      const after = edit(before);
      expect(after, `the change to ${urlPath} changed nothing`).not.toBe(before);
      writeWithCompressed(file(urlPath), after);
    },
    async rebuildServiceWorker() {
      await writeServiceWorker(dist);
      writeWithCompressed(file(SERVICE_WORKER_PATH), readFileSync(file(SERVICE_WORKER_PATH), 'utf8'));
    },
    async remove() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A server on another port, so another origin, that would let any site read its page. */
async function otherOrigin(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
    res.end('<!doctype html><title>Elsewhere</title><h1>Elsewhere</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/page/`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Tests on a private copy of dist/ and its own nginx, in a context of their own that fails on CSP violations. */
const testOnCopy = test.extend<{ copy: SiteCopy; copyContext: BrowserContext }>({
  copy: async ({}, use) => {
    const copy = await serveCopy();
    await use(copy);
    await copy.remove();
  },
  // Depends on `copy`, so it closes before the copy's nginx stops.
  copyContext: async ({ browser, copy: _copy }, use) => {
    const context = await browser.newContext({ viewport: PHONE });
    const violations = cspViolations(context);
    await use(context);
    await context.close();
    expect(violations, 'Chromium reported Content-Security-Policy violations').toEqual([]);
  },
});

test('with no signal, articles read before open from the cache, say so in one line and keep their review dates', async ({ site, context, page, requests }) => {
  await readOnline(page, site, READ);
  await expect(page.locator('.offline-note'), 'the offline line shows on a page fresh from the network').toBeHidden();

  await goOffline(context);
  for (const p of READ) {
    const response = await page.goto(site.url(p));
    expect(response?.status(), p).toBe(200);
    expect(response?.fromServiceWorker(), `${p} did not come from the service worker`).toBe(true);
    const note = page.locator('article .offline-note');
    await expect(note, `${p} does not say it is offline`).toBeVisible();
    await expect(note, p).toHaveText(OFFLINE_LINE, INNER);
    await expect(page.locator('.review-dates'), p).toHaveText(/Page last reviewed: \d+ \w+ 20\d\d/, INNER);
    expect(await page.locator('.article-body h2').count(), `${p} lost its text`).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.care-card').first(), `${p} lost its care cards`).toBeVisible();
    await expect(page.locator('.disclaimer'), p).toHaveText(/This is information, not a diagnosis\./, INNER);
    // The page's own CSS came from the cache too: the header is styled.
    const background = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background, `${p} is unstyled offline`).not.toBe('rgba(0, 0, 0, 0)');
    expect(await axeViolations(page)).toEqual([]);
  }
  expect(foreignRequests(requests, site.origin)).toEqual([]);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('with no signal, a page never opened shows the offline page: the saved articles, the symptom A to Z, the emergency wording', async ({ site, context, page }) => {
    await readOnline(page, site, READ);
    await goOffline(context);
    await page.goto(site.url(UNREAD));
    await expect(page.locator('h1')).toHaveText('You are offline', INNER);
    const list = page.locator('[data-saved-list] a');
    await expect(list.first()).toBeVisible();
    expect((await list.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual([...READ].sort());
    expect((await list.allInnerTexts()).sort()).toEqual(['Night leg cramps', 'Sciatica']);
    // The wording and numbers of src/lib/care/care-levels.ts, as every emergency card has them.
    await expect(page.locator('.offline-emergency p')).toHaveText(leadAsSentence('emergency'), INNER);
    await expect(page.locator('.disclaimer')).toHaveText(/This is information, not a diagnosis\./, INNER);
    // Dark mode follows the system here too.
    const background = await page.locator('body').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background, 'the offline page is not dark in dark mode').toBe('rgb(15, 26, 34)');
    expect(await axeViolations(page)).toEqual([]);
    // The symptom A to Z it links to is kept too, so the link works with no signal.
    await page.locator('main a[href="/symptoms/"]').click();
    await expect(page).toHaveURL(/\/symptoms\/$/);
    await expect(page.locator('h1')).toHaveText(/symptom/i, INNER);
    expect(await page.locator('.symptom-index li').count(), 'the symptom A to Z is empty offline').toBeGreaterThan(10);
  });
});

test('with no signal, a search finds the articles it found with a signal, and its result opens', async ({ site, context, page }) => {
  await readOnline(page, site, READ);
  const search = async () => {
    await page.locator('#header-q').fill('charley horse');
    await expect(page.locator('#header-search-results .search-result a').first()).toBeVisible();
    return page.locator('#header-search-results .search-result .result-title a').allInnerTexts();
  };
  const online = await search();
  expect(online, `online: ${online.join(', ')}`).toContain('Night leg cramps');

  await goOffline(context);
  await page.goto(site.url(READ[0]));
  const offline = await search();
  expect(offline, 'offline search found something else').toEqual(online);
  await page.locator('#header-search-results a', { hasText: 'Night leg cramps' }).first().click();
  await expect(page).toHaveURL(/\/articles\/night-leg-cramps\//);
  await expect(page.locator('h1')).toHaveText('Night leg cramps', INNER);
  await expect(page.locator('article .offline-note')).toBeVisible();
});

testOnCopy('back online, a page changed on the server shows its new text at the next visit, and the saved copy is replaced', async ({ copy, copyContext: context }) => {
  const page = await readOnline(await context.newPage(), copy.server, [READ[0]]);
  await expect(page.locator('h1')).toHaveText('Sciatica', INNER);
  await goOffline(context);
  await page.goto(copy.server.url(READ[0]));
  await expect(page.locator('article .offline-note'), 'the saved copy was not used offline').toBeVisible();

  await context.setOffline(false);
  copy.change(READ[0], (html) => html.replace(/(<h1[^>]*>)Sciatica(<\/h1>)/, '$1Sciatica, reviewed$2'));
  await page.goto(copy.server.url(READ[0]));
  await expect(page.locator('h1'), 'the reader got the old copy with a signal').toHaveText('Sciatica, reviewed', INNER);
  await expect(page.locator('.offline-note')).toBeHidden();

  await goOffline(context);
  await page.goto(copy.server.url(READ[0]));
  await expect(page.locator('h1'), 'the saved copy is still the old one').toHaveText('Sciatica, reviewed', INNER);
});

testOnCopy('a new deploy takes over once the old pages are closed, with no mix of versions, and drops what it replaced', async ({ copy, copyContext: context }) => {
  const page = await readOnline(await context.newPage(), copy.server, ['/']);
  const precachedOfflinePage = (p: Page) =>
    p.evaluate(async (offline) => {
      const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'))!;
      const keys = (await (await caches.open(name)).keys()).map((k) => k.url);
      return keys.filter((u) => new URL(u).pathname === offline);
    }, OFFLINE_PATH);
  const before = await precachedOfflinePage(page);
  expect(before.length).toBe(1);
  // A cache that an older version of the worker left (an older CACHE_VERSION).
  const stale = `${CACHE_PREFIX}pages-v0`;
  await page.evaluate(async (name) => (await caches.open(name)).put('/old/', new Response('old')), stale);

  // The deploy: the offline page changes, and with it the worker's list of files to keep.
  copy.change(OFFLINE_PATH, (html) => html.replace(/(<h1[^>]*>)You are offline(<\/h1>)/, '$1You are offline, new version$2'));
  await copy.rebuildServiceWorker();
  const state = await page.evaluate(async () => {
    let controllerChanged = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => (controllerChanged = true));
    const reg = (await navigator.serviceWorker.getRegistration())!;
    const before = navigator.serviceWorker.controller;
    await reg.update();
    const worker = reg.installing ?? reg.waiting;
    if (worker && worker.state === 'installing') {
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => resolve(), { once: true }));
    }
    // Time for a worker that skipped waiting to take over.
    await new Promise((r) => setTimeout(r, 500));
    return { waiting: Boolean(reg.waiting), controllerChanged, sameController: navigator.serviceWorker.controller === before };
  });
  // The open page keeps the worker, and so the files, it started with.
  expect(state).toEqual({ waiting: true, controllerChanged: false, sameController: true });

  await page.close();
  const next = await context.newPage();
  await next.goto(copy.server.url('/about/'));
  await next.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return Boolean(reg && !reg.waiting && reg.active?.state === 'activated' && navigator.serviceWorker.controller);
  });
  const after = await precachedOfflinePage(next);
  expect(after.length, `the old offline page is still kept: ${after.join(', ')}`).toBe(1);
  expect(after, 'the kept offline page was not replaced').not.toEqual(before);
  expect(await next.evaluate((name) => caches.has(name), stale), 'a cache of an older version was kept').toBe(false);

  await goOffline(context);
  await next.goto(copy.server.url(UNREAD));
  await expect(next.locator('h1')).toHaveText('You are offline, new version', INNER);
});

test(`at most ${MAX_SAVED_PAGES} pages are kept, the least recently read dropped first, and nothing from another origin`, async ({ site, page }) => {
  await readOnline(page, site, ['/']);
  const paths = distPages()
    .map((p) => p.path)
    .filter((p) => p.endsWith('/') && p !== '/' && p !== OFFLINE_PATH)
    .slice(0, MAX_SAVED_PAGES + 1);
  expect(paths.length, 'not enough pages to fill the cache').toBe(MAX_SAVED_PAGES + 1);
  // Each page handed to the worker in turn, as if read one after another (Workbox's CACHE_URLS message).
  await page.evaluate(
    async ({ urls, name }) => {
      const worker = (await navigator.serviceWorker.ready).active!;
      const cache = await caches.open(name);
      for (const url of urls) {
        worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [[url, { headers: { accept: 'text/html' } }]] } });
        // The next page only once this one is saved, so each is read after the one before.
        const deadline = Date.now() + 10_000;
        while (!(await cache.match(url))) {
          if (Date.now() > deadline) throw new Error(`${url} was not saved`);
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    },
    { urls: paths.map((p) => site.url(p)), name: CACHES.pages },
  );
  await page.waitForFunction(
    async ({ name, max }) => (await (await caches.open(name)).keys()).length <= max,
    { name: CACHES.pages, max: MAX_SAVED_PAGES },
  );
  // A page on another origin, one that would allow it (CORS), is never fetched or kept by the worker. Two guards
  // hold here: no route takes another origin (tests/unit/offline-routes.test.ts), and the CSP nginx sends with
  // sw.js (connect-src 'self') lets the worker connect nowhere else.
  const elsewhere = await otherOrigin();
  try {
    await page.evaluate(async (url) => {
      const worker = (await navigator.serviceWorker.ready).active!;
      await new Promise((resolve, reject) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        setTimeout(() => reject(new Error('the service worker did not answer')), 10_000);
        worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [[url, { headers: { accept: 'text/html' } }]] } }, [channel.port2]);
      });
    }, elsewhere.url);
  } finally {
    await elsewhere.close();
  }
  expect(elsewhere.requests(), 'the service worker fetched a page from another origin').toBe(0);
  // Read: '/', then paths[0] ... paths[50]. Kept: the last 50.
  expect((await cachedPaths(page)).sort()).toEqual(paths.slice(-MAX_SAVED_PAGES).sort());

  const keys = await page.evaluate(async () =>
    (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((k) => k.url)))).flat(),
  );
  expect(keys.filter((u) => !u.startsWith(site.origin)), 'a cache holds another origin').toEqual([]);
});
