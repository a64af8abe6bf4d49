import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { metaPolicy, parsePolicy } from '../../src/lib/build/csp.ts';
import { THEME_COLOURS } from '../../src/lib/site/site.ts';
import { leadAsSentence } from '../../src/lib/care/care-levels.ts';
import { CACHE_CONTROL } from '../../src/lib/build/http-policy.ts';
import { headersFor, parseHeadersFile } from '../support/host-config.ts';
import { OFFLINE_PATH, SERVICE_WORKER_PATH } from '../../src/lib/offline/config.ts';
import { distFile, distPages } from '../support/dist.ts';
import { DIST } from '../../scripts/support/paths.ts';

/**
 * The files behind offline reading and "Add to home screen", checked in
 * dist/: the web app manifest and its icons, the service worker and what it
 * precaches, and the CSP and markup rules they must keep.
 */
const KB = 1024;

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

function manifest() {
  return JSON.parse(readFileSync(distFile('/manifest.webmanifest'), 'utf8')) as Record<string, any> & { icons: ManifestIcon[] };
}

test('the web app manifest parses and has what "Add to home screen" needs', () => {
  const m = manifest();
  assert.equal(m.name, 'Calm Body: clear health information');
  assert.equal(m.short_name, 'Calm Body');
  assert.ok(m.short_name.length <= 12, 'short_name is cut off under a home-screen icon');
  assert.equal(m.start_url, '/');
  assert.equal(m.scope, '/');
  assert.equal(m.display, 'standalone');
  assert.equal(m.lang, 'en-GB');
  assert.equal(m.theme_color, THEME_COLOURS.light.theme);
  assert.equal(m.background_color, THEME_COLOURS.light.background);
  assert.deepEqual(m.user_preferences?.color_scheme_dark, {
    theme_color: THEME_COLOURS.dark.theme,
    background_color: THEME_COLOURS.dark.background,
  });
  const has = (size: string, purpose: string) => m.icons.some((i) => i.sizes === size && (i.purpose ?? 'any') === purpose);
  assert.ok(has('192x192', 'any'), 'no 192 px icon');
  assert.ok(has('512x512', 'any'), 'no 512 px icon');
  assert.ok(has('512x512', 'maskable'), 'no maskable 512 px icon');
});

test('every icon the manifest and the pages name exists, is a PNG and has the size it claims', async () => {
  const icons = manifest().icons.map((i) => ({ src: i.src, sizes: i.sizes, type: i.type }));
  const home = readFileSync(distFile('/index.html'), 'utf8');
  const apple = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(home)?.[1];
  assert.ok(apple, 'no apple-touch-icon link');
  icons.push({ src: apple, sizes: '180x180', type: 'image/png' });
  for (const icon of icons) {
    assert.ok(existsSync(distFile(icon.src)), `${icon.src} is missing`);
    assert.equal(icon.type, 'image/png', icon.src);
    const meta = await sharp(distFile(icon.src)).metadata();
    assert.equal(meta.format, 'png', icon.src);
    assert.equal(`${meta.width}x${meta.height}`, icon.sizes, `${icon.src} is ${meta.width}x${meta.height}`);
  }
  // iOS paints transparent corners black, so its icon has none.
  assert.equal((await sharp(distFile(apple)).metadata()).hasAlpha, false, 'the apple-touch-icon is transparent');
  // A maskable icon fills its square: its corners are the brand colour, not transparent.
  const maskable = manifest().icons.find((i) => i.purpose === 'maskable')!;
  const { data } = await sharp(distFile(maskable.src)).raw().toBuffer({ resolveWithObject: true });
  assert.equal(data[3], 255, 'the maskable icon has a transparent corner');
});

test('every page links the manifest, the touch icon and nothing of it from another origin', () => {
  for (const page of distPages()) {
    assert.match(page.html, /<link rel="manifest" href="\/manifest\.webmanifest">/, page.path);
    assert.match(page.html, /<link rel="apple-touch-icon" href="\/icons\/[^"]+\.png">/, page.path);
  }
});

test('pages ship no inline script (JSON-LD data aside), and the CSP allows workers and the manifest from this site only', () => {
  for (const page of distPages()) {
    const inline = [...page.html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1]!));
    assert.deepEqual(inline.map((m) => m[0]), [], `${page.path} has inline script`);
    const policy = parsePolicy(metaPolicy(page.html)!);
    assert.deepEqual(policy.get('worker-src'), ["'self'"], page.path);
    assert.deepEqual(policy.get('manifest-src'), ["'self'"], page.path);
  }
});

test('the service worker is small, precaches the shell and the offline page, and nothing from elsewhere', () => {
  const sw = readFileSync(distFile(SERVICE_WORKER_PATH), 'utf8');
  const gzip = gzipSync(sw, { level: 9 }).length;
  console.log(`sw.js: ${(sw.length / KB).toFixed(1)} KB, ${(gzip / KB).toFixed(1)} KB gzip`);
  assert.ok(gzip < 12 * KB, `sw.js is ${(gzip / KB).toFixed(1)} KB gzip`);
  assert.doesNotMatch(sw, /importScripts/, 'the worker loads code from elsewhere');
  // The only address in it is a link in one of Workbox's own error messages.
  assert.deepEqual(sw.match(/https?:\/\/[^\s"'`)]+/g) ?? [], ['https://bit.ly/wb-precache']);
  const entries = [...sw.matchAll(/\{"revision":(null|"[0-9a-f]+"),"url":"([^"]+)"\}/g)].map((m) => ({ revision: m[1], url: m[2]! }));
  const urls = entries.map((e) => e.url);
  const assets = readdirSync(distFile('/_astro/')).filter((f) => /\.(css|js)$/.test(f)).map((f) => `/_astro/${f}`);
  assert.deepEqual(urls.filter((u) => u.startsWith('/_astro/')).sort(), assets.sort(), 'not every script and stylesheet is precached');
  for (const needed of ['/', OFFLINE_PATH, '/search/', '/symptoms/', '/404.html', '/favicon.svg', '/favicon.ico', '/manifest.webmanifest']) {
    assert.ok(urls.includes(needed), `${needed} is not precached`);
  }
  for (const { url, revision } of entries) {
    assert.ok(url.startsWith('/') && !url.startsWith('//'), `${url} is not on this site`);
    assert.ok(!url.startsWith('/pagefind/'), `${url}: Pagefind is cached as searches use it, not precached`);
    const file = url.endsWith('/') ? `${url}index.html` : url;
    assert.ok(existsSync(distFile(file)), `${url} is precached but not built`);
    // Files without a hash in their name carry a revision, so a deploy that changes them replaces them.
    assert.equal(revision === 'null', url.startsWith('/_astro/'), `${url} revision ${revision}`);
  }
});

test('the offline page is for readers only: no index, not in the sitemap, not in search', () => {
  const html = readFileSync(distFile(`${OFFLINE_PATH}index.html`), 'utf8');
  assert.match(html, /<meta name="robots" content="noindex">/);
  assert.doesNotMatch(html, /data-pagefind-body/);
  const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  for (const f of sitemaps) assert.doesNotMatch(readFileSync(distFile(`/${f}`), 'utf8'), /\/offline\//, f);
});

test('the service worker is built before the host files and the compressed copies, so it gets both like every file', () => {
  const sw = readFileSync(distFile(SERVICE_WORKER_PATH));
  assert.deepEqual(brotliDecompressSync(readFileSync(distFile(`${SERVICE_WORKER_PATH}.br`))), sw, 'sw.js.br is missing or stale');
  assert.deepEqual(gunzipSync(readFileSync(distFile(`${SERVICE_WORKER_PATH}.gz`))), sw, 'sw.js.gz is missing or stale');
  const rules = parseHeadersFile(readFileSync(distFile('/_headers'), 'utf8'));
  assert.equal(headersFor(rules, SERVICE_WORKER_PATH)['cache-control'], CACHE_CONTROL.noCache);
  assert.equal(headersFor(rules, '/manifest.webmanifest')['content-type'], 'application/manifest+json');
});

test('the offline page gives the emergency wording of the care cards, and says it is information, not a diagnosis', () => {
  const html = readFileSync(distFile(`${OFFLINE_PATH}index.html`), 'utf8');
  const emergency = /<section class="offline-emergency"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  assert.match(emergency, new RegExp(`<p[^>]*>${leadAsSentence('emergency').replace(/[()]/g, '\\$&')}</p>`), 'the emergency lead from src/lib/care/care-levels.ts is missing');
  assert.match(html, /<strong[^>]*>This is information, not a diagnosis\.<\/strong>/);
  assert.match(html, /<a href="\/symptoms\/"[^>]*>Symptoms A to Z<\/a>/);
});
