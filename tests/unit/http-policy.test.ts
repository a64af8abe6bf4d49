import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mergePolicies, parsePolicy } from '../../src/lib/build/csp.ts';
import {
  CACHE_CONTROL,
  CONTENT_TYPES,
  cacheHeaderRules,
  cacheKindFor,
  headerPolicy,
  renderHeadersFile,
  renderNginxHeaders,
  renderNginxSite,
  renderRedirectsFile,
  SECURITY_HEADERS,
} from '../../src/lib/build/http-policy.ts';
import { REDIRECTS } from '../../src/lib/build/redirects.ts';
import { headersFor, parseHeadersFile, parseNginxHeaders } from '../support/host-config.ts';

const CSP = headerPolicy(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='"]));
const FILES = [
  '/index.html',
  '/404.html',
  '/about/index.html',
  '/articles/index.html',
  '/articles/sciatica/index.html',
  '/articles/leg-cramps/index.html',
  '/_astro/BaseLayout.aLklETGV.css',
  '/_astro/search-ui.CYoLuuTN.js',
  '/og/sciatica.png',
  '/og/site.png',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/wasm.en.pagefind',
  '/pagefind/pagefind.en_3f2ace42bf.pf_meta',
  '/pagefind/fragment/en_1ee384f.pf_fragment',
  '/pagefind/index/en_471cb54.pf_index',
  '/pagefind/filter/en_b453c1d.pf_filter',
  '/rss.xml',
  '/sitemap-index.xml',
  '/sitemap-0.xml',
  '/robots.txt',
  '/favicon.ico',
  '/favicon.svg',
  '/warning-signs.json',
  '/sw.js',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/maskable-512.png',
  '/offline/index.html',
  '/_headers',
  '/_nginx/site.conf',
];

test('deploy/nginx.conf is the nginx config the source renders (run `npm run nginx:conf` if not)', () => {
  const committed = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
  assert.equal(committed, renderNginxSite(), 'deploy/nginx.conf is stale: run `npm run nginx:conf` and commit it');
});

test('_headers and the nginx headers carry the same security headers and the same policy', () => {
  const fromHeaders = headersFor(parseHeadersFile(renderHeadersFile(CSP, FILES)), '/articles/sciatica/');
  const fromNginx = parseNginxHeaders(renderNginxHeaders(CSP));
  delete fromHeaders['cache-control']; // nginx sets it per location, in site.conf
  assert.deepEqual(fromHeaders, fromNginx);
  assert.deepEqual(parsePolicy(fromNginx['content-security-policy']!), CSP);
  for (const name of Object.keys(SECURITY_HEADERS)) assert.ok(fromNginx[name.toLowerCase()], `${name} is missing`);
  assert.deepEqual(parsePolicy(fromNginx['content-security-policy']!).get('frame-ancestors'), ["'none'"]);
});

test('file kinds: hashed files are immutable; pages and the search entry revalidate; feeds, sitemaps, images and icons are short', () => {
  const kinds = Object.fromEntries(FILES.map((f) => [f, cacheKindFor(f)]));
  for (const f of ['/_astro/BaseLayout.aLklETGV.css', '/pagefind/fragment/en_1ee384f.pf_fragment', '/pagefind/index/en_471cb54.pf_index', '/pagefind/filter/en_b453c1d.pf_filter', '/pagefind/pagefind.en_3f2ace42bf.pf_meta']) {
    assert.equal(kinds[f], 'immutable', f);
  }
  for (const f of ['/index.html', '/articles/sciatica/index.html', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/404.html']) {
    assert.equal(kinds[f], 'revalidate', f);
  }
  for (const f of ['/og/site.png', '/rss.xml', '/sitemap-index.xml', '/sitemap-0.xml', '/robots.txt', '/favicon.ico', '/manifest.webmanifest', '/icons/icon-192.png']) {
    assert.equal(kinds[f], 'short', f);
  }
  assert.equal(cacheKindFor('/articles/sciatica/'), 'revalidate');
});

test('in _headers each file gets its Cache-Control from exactly one rule, the one its kind says', () => {
  const rules = parseHeadersFile(renderHeadersFile(CSP, FILES));
  const paths = [...FILES, '/', '/articles/', '/articles/sciatica/'].filter((f) => !/^\/_(headers|nginx)/.test(f));
  for (const p of paths) {
    const setting = rules.filter((r) => r.matches(p) && 'cache-control' in r.headers);
    assert.equal(setting.length, 1, `${p}: ${setting.map((r) => r.path).join(', ') || 'no rule'}`);
    assert.equal(setting[0]!.headers['cache-control'], CACHE_CONTROL[cacheKindFor(p.endsWith('/') ? `${p}index.html` : p)], p);
  }
  // Only /* carries the security headers, so no header is ever sent twice.
  assert.deepEqual(rules.filter((r) => 'content-security-policy' in r.headers).map((r) => r.path), ['/*']);
  // Folders of one kind are one rule; mixed folders are split.
  const rulePaths = cacheHeaderRules(FILES).map((r) => r.path);
  for (const p of ['/_astro/*', '/articles/*', '/og/*', '/pagefind/fragment/*', '/pagefind/pagefind-entry.json', '/']) assert.ok(rulePaths.includes(p), p);
  assert.ok(!rulePaths.includes('/pagefind/*'));
  assert.ok(!rulePaths.some((p) => p.startsWith('/_nginx') || p === '/_headers'), 'host files got rules');
});

test('every redirect is a 301 for Netlify (forced over the fallback page) and for Cloudflare Pages, with and without the slash', () => {
  const lines = renderRedirectsFile().split('\n').filter((l) => l && !l.startsWith('#'));
  for (const [from, to] of Object.entries(REDIRECTS)) {
    for (const source of [from, from.slice(0, -1)]) {
      assert.ok(lines.includes(`${source} ${to} 301!`), `${source} 301!`);
      assert.ok(lines.includes(`${source} ${to} 301`), `${source} 301`);
      assert.ok(lines.indexOf(`${source} ${to} 301!`) < lines.indexOf(`${source} ${to} 301`));
    }
  }
  assert.equal(lines.length, Object.keys(REDIRECTS).length * 4);
});

test('the nginx config redirects each old address in both forms, keeps the query, and adds no header inside a location', () => {
  const conf = renderNginxSite();
  for (const [from, to] of Object.entries(REDIRECTS)) {
    for (const source of [from, from.slice(0, -1)]) {
      assert.ok(conf.includes(`location = ${source} {\n    return 301 ${to}$is_args$args;\n}`), source);
    }
  }
  // An add_header inside a location would silently drop the server-level security headers there.
  const blocks = conf.match(/location [^{]*\{[^}]*\}/g) ?? [];
  assert.ok(blocks.length > 5);
  for (const b of blocks) assert.doesNotMatch(b, /add_header/, b);
  assert.equal(conf.match(/^add_header /gm)?.length, 1);
});

test('a redirect that is not a site path ending in a slash is refused', () => {
  assert.throws(() => renderRedirectsFile({ '/articles/a': '/articles/b/' }), /must be site paths/);
  assert.throws(() => renderNginxSite({ '/articles/a/': 'https://elsewhere.example/' }), /must be site paths/);
  assert.throws(() => renderNginxSite({ '/a b/': '/c/' }), /must be site paths/);
});

test('the service worker is never served from a cache without asking: Cache-Control: no-cache on every host', () => {
  assert.equal(cacheKindFor('/sw.js'), 'noCache');
  assert.equal(CACHE_CONTROL.noCache, 'no-cache');
  // Nothing else is no-cache, and the service worker is nothing else.
  assert.deepEqual(FILES.filter((f) => cacheKindFor(f) === 'noCache'), ['/sw.js']);
  for (const f of ['/sw.js.br', '/articles/sw.js', '/sw.json']) assert.notEqual(cacheKindFor(f), 'noCache', f);

  const rules = parseHeadersFile(renderHeadersFile(CSP, FILES));
  assert.equal(headersFor(rules, '/sw.js')['cache-control'], 'no-cache');
  assert.ok(headersFor(rules, '/sw.js')['content-security-policy'], 'the service worker lost the security headers');

  const conf = renderNginxSite();
  assert.ok(conf.includes('location ~ "^/sw\\.js$" {\n    set $calm_cache_control "no-cache";\n}'), 'nginx does not send no-cache for /sw.js');
});

test('the web app manifest is sent as application/manifest+json, with its cache rule, on every host', () => {
  assert.equal(CONTENT_TYPES['/manifest.webmanifest'], 'application/manifest+json');
  const rules = parseHeadersFile(renderHeadersFile(CSP, FILES));
  const sent = headersFor(rules, '/manifest.webmanifest');
  assert.equal(sent['content-type'], 'application/manifest+json');
  assert.equal(sent['cache-control'], CACHE_CONTROL.short);
  // Debian's mime.types has no .webmanifest: an exact location gives the type and keeps the cache rule.
  assert.ok(
    renderNginxSite().includes(
      `location = /manifest.webmanifest {\n    default_type application/manifest+json;\n    set $calm_cache_control "${CACHE_CONTROL.short}";\n}`,
    ),
  );
});
