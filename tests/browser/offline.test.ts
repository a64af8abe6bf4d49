import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { foreignRequests, newContext } from '../support/browser.ts';
import { distPages } from '../support/dist.ts';
import { useSiteAndBrowser } from '../support/fixtures.ts';
import { DIST, serveSite, type SiteServer } from '../support/server.ts';
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
 * own nginx, so the shared dist/ is never touched.
 */
const site = useSiteAndBrowser();
const READ = ['/articles/sciatica/', '/articles/night-leg-cramps/'] as const;
const UNREAD = '/articles/eyelid-twitching/';
const OFFLINE_LINE = /^You are offline\. This page was saved on \d{1,2} [A-Z][a-z]{2,3} \d{4}\.$/;

/** WCAG 2.2 AA on what only shows offline (the offline line, the saved list); tests/browser/accessibility.test.ts checks the rest. */
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
async function readOnline(context: BrowserContext, server: SiteServer, paths: readonly string[]): Promise<Page> {
  const page = await context.newPage();
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
      assert.notEqual(after, before, `the change to ${urlPath} changed nothing`);
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

test('with no signal, articles read before open from the cache, say so in one line and keep their review dates', async () => {
  const server = site.server();
  const { context, requests } = await newContext(site.browser());
  const page = await readOnline(context, server, READ);
  assert.equal(await page.locator('.offline-note').isHidden(), true, 'the offline line shows on a page fresh from the network');

  await goOffline(context);
  for (const p of READ) {
    const response = await page.goto(server.url(p));
    assert.equal(response?.status(), 200, p);
    assert.ok(response?.fromServiceWorker(), `${p} did not come from the service worker`);
    const note = page.locator('article .offline-note');
    assert.equal(await note.isVisible(), true, `${p} does not say it is offline`);
    assert.match((await note.innerText()).replace(/\s+/g, ' ').trim(), OFFLINE_LINE, p);
    assert.match(await page.locator('.review-dates').innerText(), /Page last reviewed: \d+ \w+ 20\d\d/, p);
    assert.ok((await page.locator('.article-body h2').count()) >= 3, `${p} lost its text`);
    assert.equal(await page.locator('.care-card').first().isVisible(), true, `${p} lost its care cards`);
    assert.match(await page.locator('.disclaimer').innerText(), /This is information, not a diagnosis\./, p);
    // The page's own CSS came from the cache too: the header is styled.
    const background = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', `${p} is unstyled offline`);
    assert.deepEqual(await axeViolations(page), []);
  }
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  await context.close();
});

test('with no signal, a page never opened shows the offline page: the saved articles, the symptom A to Z, the emergency wording', async () => {
  const server = site.server();
  const { context } = await newContext(site.browser(), { colorScheme: 'dark' });
  const page = await readOnline(context, server, READ);
  await goOffline(context);
  await page.goto(server.url(UNREAD));
  assert.equal(await page.locator('h1').innerText(), 'You are offline');
  const list = page.locator('[data-saved-list] a');
  await list.first().waitFor();
  assert.deepEqual((await list.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort(), [...READ].sort());
  assert.deepEqual((await list.allInnerTexts()).sort(), ['Night leg cramps', 'Sciatica']);
  // The wording and numbers of src/lib/care/care-levels.ts, as every emergency card has them.
  assert.equal(await page.locator('.offline-emergency p').innerText(), leadAsSentence('emergency'));
  assert.match(await page.locator('.disclaimer').innerText(), /This is information, not a diagnosis\./);
  // Dark mode follows the system here too.
  const background = await page.locator('body').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, 'rgb(15, 26, 34)', 'the offline page is not dark in dark mode');
  assert.deepEqual(await axeViolations(page), []);
  // The symptom A to Z it links to is kept too, so the link works with no signal.
  await page.locator('main a[href="/symptoms/"]').click();
  await page.waitForURL(/\/symptoms\/$/);
  assert.match(await page.locator('h1').innerText(), /symptom/i);
  assert.ok((await page.locator('.symptom-index li').count()) > 10, 'the symptom A to Z is empty offline');
  await context.close();
});

test('with no signal, a search finds the articles it found with a signal, and its result opens', async () => {
  const server = site.server();
  const { context } = await newContext(site.browser());
  const page = await readOnline(context, server, READ);
  const search = async () => {
    await page.locator('#header-q').fill('charley horse');
    await page.locator('#header-search-results .search-result a').first().waitFor();
    return page.locator('#header-search-results .search-result .result-title a').allInnerTexts();
  };
  const online = await search();
  assert.ok(online.includes('Night leg cramps'), `online: ${online.join(', ')}`);

  await goOffline(context);
  await page.goto(server.url(READ[0]));
  const offline = await search();
  assert.deepEqual(offline, online, 'offline search found something else');
  await page.locator('#header-search-results a', { hasText: 'Night leg cramps' }).first().click();
  await page.waitForURL(/\/articles\/night-leg-cramps\//);
  assert.equal(await page.locator('h1').innerText(), 'Night leg cramps');
  assert.equal(await page.locator('article .offline-note').isVisible(), true);
  await context.close();
});

test('back online, a page changed on the server shows its new text at the next visit, and the saved copy is replaced', async () => {
  const copy = await serveCopy();
  try {
    const { context } = await newContext(site.browser());
    const page = await readOnline(context, copy.server, [READ[0]]);
    assert.equal(await page.locator('h1').innerText(), 'Sciatica');
    await goOffline(context);
    await page.goto(copy.server.url(READ[0]));
    assert.equal(await page.locator('article .offline-note').isVisible(), true, 'the saved copy was not used offline');

    await context.setOffline(false);
    copy.change(READ[0], (html) => html.replace(/(<h1[^>]*>)Sciatica(<\/h1>)/, '$1Sciatica, reviewed$2'));
    await page.goto(copy.server.url(READ[0]));
    assert.equal(await page.locator('h1').innerText(), 'Sciatica, reviewed', 'the reader got the old copy with a signal');
    assert.equal(await page.locator('.offline-note').isHidden(), true);

    await goOffline(context);
    await page.goto(copy.server.url(READ[0]));
    assert.equal(await page.locator('h1').innerText(), 'Sciatica, reviewed', 'the saved copy is still the old one');
    await context.close();
  } finally {
    await copy.remove();
  }
});

test('a new deploy takes over once the old pages are closed, with no mix of versions, and drops what it replaced', async () => {
  const copy = await serveCopy();
  try {
    const { context } = await newContext(site.browser());
    const page = await readOnline(context, copy.server, ['/']);
    const precachedOfflinePage = (p: Page) =>
      p.evaluate(async (offline) => {
        const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'))!;
        const keys = (await (await caches.open(name)).keys()).map((k) => k.url);
        return keys.filter((u) => new URL(u).pathname === offline);
      }, OFFLINE_PATH);
    const before = await precachedOfflinePage(page);
    assert.equal(before.length, 1);
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
    assert.deepEqual(state, { waiting: true, controllerChanged: false, sameController: true });

    await page.close();
    const next = await context.newPage();
    await next.goto(copy.server.url('/about/'));
    await next.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return Boolean(reg && !reg.waiting && reg.active?.state === 'activated' && navigator.serviceWorker.controller);
    });
    const after = await precachedOfflinePage(next);
    assert.equal(after.length, 1, `the old offline page is still kept: ${after.join(', ')}`);
    assert.notDeepEqual(after, before, 'the kept offline page was not replaced');
    assert.equal(await next.evaluate((name) => caches.has(name), stale), false, 'a cache of an older version was kept');

    await goOffline(context);
    await next.goto(copy.server.url(UNREAD));
    assert.equal(await next.locator('h1').innerText(), 'You are offline, new version');
    await context.close();
  } finally {
    await copy.remove();
  }
});

test(`at most ${MAX_SAVED_PAGES} pages are kept, the least recently read dropped first, and nothing from another origin`, async () => {
  const server = site.server();
  const { context } = await newContext(site.browser());
  const page = await readOnline(context, server, ['/']);
  const paths = distPages()
    .map((p) => p.path)
    .filter((p) => p.endsWith('/') && p !== '/' && p !== OFFLINE_PATH)
    .slice(0, MAX_SAVED_PAGES + 1);
  assert.equal(paths.length, MAX_SAVED_PAGES + 1, 'not enough pages to fill the cache');
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
    { urls: paths.map((p) => server.url(p)), name: CACHES.pages },
  );
  await page.waitForFunction(
    async ({ name, max }) => (await (await caches.open(name)).keys()).length <= max,
    { name: CACHES.pages, max: MAX_SAVED_PAGES },
  );
  // A page on another origin, one that would allow it (CORS), is never fetched or kept by the worker. Two guards
  // hold here: no route takes another origin (tests/unit/offline-routes.test.ts), and the CSP nginx sends with
  // sw.js (connect-src 'self') lets the worker connect nowhere else.
  const elsewhere = await otherOrigin();
  await page.evaluate(async (url) => {
    const worker = (await navigator.serviceWorker.ready).active!;
    await new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      setTimeout(() => reject(new Error('the service worker did not answer')), 10_000);
      worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [[url, { headers: { accept: 'text/html' } }]] } }, [channel.port2]);
    });
  }, elsewhere.url);
  await elsewhere.close();
  assert.equal(elsewhere.requests(), 0, 'the service worker fetched a page from another origin');
  // Read: '/', then paths[0] ... paths[50]. Kept: the last 50.
  assert.deepEqual((await cachedPaths(page)).sort(), paths.slice(-MAX_SAVED_PAGES).sort());

  const keys = await page.evaluate(async () =>
    (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((k) => k.url)))).flat(),
  );
  assert.deepEqual(keys.filter((u) => !u.startsWith(server.origin)), [], 'a cache holds another origin');
  await context.close();
});
