import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { metaPolicy, parsePolicy } from '../../src/lib/build/csp.ts';
import { CACHE_CONTROL, cacheKindFor, HOST_FILES, PRECOMPRESSED, SECURITY_HEADERS } from '../../src/lib/build/http-policy.ts';
import { REDIRECTS } from '../../src/lib/build/redirects.ts';
import { distFile } from '../support/dist.ts';
import { request, type RawResponse } from '../support/http.ts';
import { startNginx, type NginxServer } from '../../scripts/support/nginx.ts';
import { DIST } from '../../scripts/support/paths.ts';

/**
 * The built site behind nginx with the config the build wrote (dist/_nginx/),
 * asked the way browsers and crawlers ask: every header, status, redirect,
 * cache rule and encoding, as sent.
 */
let nginx: NginxServer;
before(async () => {
  nginx = await startNginx({ dist: DIST });
});
after(async () => {
  await nginx?.close();
});

const get = (p: string, headers: Record<string, string> = {}) => request(nginx.url(p), { headers });
const ARTICLE = '/articles/sciatica/';
const builtPolicy = () => parsePolicy(/^\s+Content-Security-Policy: (.*)$/m.exec(readFileSync(distFile('/_headers'), 'utf8'))![1]!);

function assertSecurityHeaders(where: string, r: RawResponse) {
  const header = r.headers['content-security-policy'];
  assert.ok(header, `${where}: no Content-Security-Policy header`);
  const policy = parsePolicy(header);
  assert.deepEqual(policy, builtPolicy(), `${where}: the CSP header is not this build's`);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"], where);
  for (const d of ['script-src', 'style-src']) assert.ok(!policy.get(d)?.includes("'unsafe-inline'"), `${where}: ${d} 'unsafe-inline'`);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(r.headers[name.toLowerCase()], value, `${where}: ${name}`);
}

test('an article answers 200 with every security header; its CSP header allows what its <meta> policy does', async () => {
  const r = await get(ARTICLE);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  assertSecurityHeaders(ARTICLE, r);
  const page = parsePolicy(metaPolicy(r.body.toString('utf8'))!);
  const header = parsePolicy(r.headers['content-security-policy']!);
  for (const [d, values] of page) for (const v of values) assert.ok(header.get(d)?.includes(v), `${d} ${v} is not in the header`);
  assert.equal(r.headers['cache-control'], CACHE_CONTROL.revalidate);
  assert.ok(r.headers.etag, 'no ETag to revalidate with');
  assert.equal(r.headers.server, 'nginx', 'the server says its version');
});

test('the search page and a share image carry the same headers', async () => {
  const search = await get('/search/');
  assert.equal(search.status, 200);
  assertSecurityHeaders('/search/', search);
  const image = await get('/og/sciatica.png');
  assert.equal(image.status, 200);
  assert.equal(image.headers['content-type'], 'image/png');
  assertSecurityHeaders('/og/sciatica.png', image);
  assert.equal(image.headers['cache-control'], CACHE_CONTROL.short);
});

test('an unchanged page answers 304 to a revalidation, with its headers', async () => {
  const first = await get(ARTICLE);
  const again = await get(ARTICLE, { 'if-none-match': first.headers.etag! });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assertSecurityHeaders(`${ARTICLE} (304)`, again);
  assert.equal(again.headers['cache-control'], CACHE_CONTROL.revalidate);
});

test("a missing address answers 404 with the site's 404 page, its headers and no long cache", async () => {
  for (const p of ['/does-not-exist/', '/articles/no-such-article/', '/_astro/no-such-file.js', '/404.html']) {
    const r = await get(p);
    assert.equal(r.status, 404, p);
    assert.match(r.body.toString('utf8'), /<h1>Sorry, we could not find that page<\/h1>/, p);
    assertSecurityHeaders(p, r);
    assert.equal(r.headers['cache-control'], CACHE_CONTROL.revalidate, `${p}: a 404 must not be cached as immutable`);
  }
});

test('each old address in the redirect map answers 301 to its new address, with and without the slash, keeping the query', async () => {
  assert.ok(Object.keys(REDIRECTS).length >= 1);
  for (const [from, to] of Object.entries(REDIRECTS)) {
    for (const [source, location] of [
      [from, to],
      [from.slice(0, -1), to],
      [`${from}?utm_source=leaflet`, `${to}?utm_source=leaflet`],
    ] as const) {
      const r = await get(source);
      assert.equal(r.status, 301, source);
      assert.equal(r.headers.location, location, source);
      assertSecurityHeaders(source, r);
    }
    assert.equal((await get(to)).status, 200, `${to}, where ${from} points, does not answer 200`);
  }
});

test('an address without its trailing slash answers 301 to the slash form', async () => {
  for (const [p, location] of [
    ['/articles/sciatica', '/articles/sciatica/'],
    ['/symptoms/back-pain', '/symptoms/back-pain/'],
    ['/search?q=back+pain', '/search/?q=back+pain'],
  ]) {
    const r = await get(p!);
    assert.equal(r.status, 301, p);
    assert.equal(r.headers.location, location, `${p}: redirects to ${r.headers.location}`);
  }
});

test('Cache-Control by kind: hashed files immutable; pages and the search entry revalidate; feed, sitemap, share images short', async () => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(DIST, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .filter((p) => !HOST_FILES.test(p) && !PRECOMPRESSED.test(p) && p !== '/404.html');
  const named = (re: RegExp) => files.find((p) => re.test(p)) ?? assert.fail(`no file matches ${re}`);
  // One of each kind by name, so a classifier that called everything one kind could not pass.
  const expected: [string, keyof typeof CACHE_CONTROL][] = [
    [named(/^\/_astro\/.+\.css$/), 'immutable'],
    [named(/^\/_astro\/.+\.js$/), 'immutable'],
    [named(/^\/pagefind\/fragment\//), 'immutable'],
    [named(/^\/pagefind\/index\//), 'immutable'],
    [named(/^\/pagefind\/pagefind\..+\.pf_meta$/), 'immutable'],
    ['/', 'revalidate'],
    [ARTICLE, 'revalidate'],
    ['/pagefind/pagefind-entry.json', 'revalidate'],
    ['/pagefind/pagefind.js', 'revalidate'],
    ['/rss.xml', 'short'],
    ['/sitemap-index.xml', 'short'],
    ['/sitemap-0.xml', 'short'],
    ['/og/sciatica.png', 'short'],
    ['/favicon.ico', 'short'],
  ];
  for (const [p, kind] of expected) {
    const r = await request(nginx.url(p), { method: 'HEAD' });
    assert.equal(r.status, 200, p);
    assert.equal(r.headers['cache-control'], CACHE_CONTROL[kind], `${p} should be ${kind}`);
  }
  // And every file in dist/ gets what the policy says for it, from exactly one Cache-Control header.
  const wrong: string[] = [];
  for (const p of files) {
    const r = await request(nginx.url(p.replace(/index\.html$/, '')), { method: 'HEAD' });
    const want = CACHE_CONTROL[cacheKindFor(p)];
    if (r.status !== 200 && r.status !== 301) wrong.push(`${p}: ${r.status}`);
    else if (r.headers['cache-control'] !== want) wrong.push(`${p}: ${r.headers['cache-control']} (want ${want})`);
  }
  assert.ok(files.length > 100, `only ${files.length} files`);
  assert.deepEqual(wrong, []);
});

test('text is sent compressed (brotli when the browser takes it, else gzip), exactly as the build precompressed it', async () => {
  // The largest of each: a file of a few hundred bytes saves too little to test the ratio below on.
  const largest = (ext: string) =>
    readdirSync(path.join(DIST, '_astro'))
      .filter((f) => f.endsWith(ext))
      .sort((a, b) => statSync(path.join(DIST, '_astro', b)).size - statSync(path.join(DIST, '_astro', a)).size)[0]!;
  const css = largest('.css');
  const js = largest('.js');
  for (const [p, file] of [
    [ARTICLE, `${ARTICLE}index.html`],
    ['/search/', '/search/index.html'],
    [`/_astro/${css}`, `/_astro/${css}`],
    [`/_astro/${js}`, `/_astro/${js}`],
    ['/rss.xml', '/rss.xml'],
    ['/pagefind/pagefind.js', '/pagefind/pagefind.js'],
  ] as const) {
    const original = readFileSync(distFile(file));
    const br = await get(p, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', p);
    assert.deepEqual(br.body, readFileSync(distFile(`${file}.br`)), `${p}: not the precompressed .br`);
    assert.deepEqual(brotliDecompressSync(br.body), original, p);
    const gz = await get(p, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', p);
    assert.deepEqual(gunzipSync(gz.body), original, p);
    assert.ok(gz.body.length < original.length * 0.6, `${p}: gzip saves too little`);
    for (const r of [br, gz]) assert.match(r.headers.vary ?? '', /Accept-Encoding/i, `${p}: no Vary: Accept-Encoding`);
    const plain = await get(p);
    assert.equal(plain.headers['content-encoding'], undefined, `${p}: compressed for a client that takes none`);
    assert.deepEqual(plain.body, original, p);
  }
  const fragment = readdirSync(path.join(DIST, 'pagefind', 'fragment'))[0]!;
  // Images and Pagefind's chunks (gzip already) go as they are.
  for (const p of ['/og/sciatica.png', `/pagefind/fragment/${fragment}`]) {
    const r = await get(p, { 'accept-encoding': 'gzip, br' });
    assert.equal(r.headers['content-encoding'], undefined, `${p} is compressed twice`);
  }
});

test('/favicon.ico answers with an icon drawn from the SVG', async () => {
  const r = await get('/favicon.ico');
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'image/x-icon');
  assert.equal(r.body.readUInt16LE(2), 1, 'not an icon file');
  const count = r.body.readUInt16LE(4);
  assert.equal(count, 3);
  for (let i = 0; i < count; i++) {
    const offset = r.body.readUInt32LE(6 + 16 * i + 12);
    assert.equal(r.body.subarray(offset + 1, offset + 4).toString('latin1'), 'PNG', `image ${i} is not a PNG`);
  }
});

test('files for hosts and the precompressed copies are not served', async () => {
  for (const p of ['/_headers', '/_redirects', '/_nginx/headers.conf', '/_nginx/site.conf', '/index.html.gz', '/index.html.br']) {
    assert.equal((await get(p)).status, 404, p);
  }
});

test('the service worker is sent as JavaScript, compressed, never from a cache unasked; the manifest with its own type', async () => {
  const worker = await get('/sw.js', { 'accept-encoding': 'gzip, br' });
  assert.equal(worker.status, 200);
  assert.equal(worker.headers['content-type'], 'application/javascript; charset=utf-8');
  assert.equal(worker.headers['cache-control'], 'no-cache');
  assert.equal(worker.headers['content-encoding'], 'br');
  assert.deepEqual(brotliDecompressSync(worker.body), readFileSync(distFile('/sw.js')));
  assertSecurityHeaders('/sw.js', worker);
  assert.equal(worker.headers['service-worker-allowed'], undefined, 'the worker lives at the root: it needs no wider scope');

  const manifest = await get('/manifest.webmanifest');
  assert.equal(manifest.status, 200);
  assert.equal(manifest.headers['content-type'], 'application/manifest+json; charset=utf-8');
  assert.equal(manifest.headers['cache-control'], CACHE_CONTROL.short);
  assertSecurityHeaders('/manifest.webmanifest', manifest);
  const icon = await get('/icons/icon-192.png');
  assert.equal(icon.headers['content-type'], 'image/png');
  assert.equal(icon.headers['cache-control'], CACHE_CONTROL.short);
});
