/**
 * `npm run check:deploy -- https://example.org`: asks a deployed copy of the
 * site for a few pages and files and reports, against src/lib/build/http-policy.ts,
 * every header, status, redirect, cache rule and compression that is missing
 * or wrong. Exits 1 if anything is. Needs only the address (and this checkout
 * for the redirect map). See docs/deploy.md.
 */
import { metaPolicy, parsePolicy } from '../src/lib/build/csp.ts';
import { CACHE_CONTROL, cacheKindFor, CONTENT_TYPES, SECURITY_HEADERS } from '../src/lib/build/http-policy.ts';
import { REDIRECTS } from '../src/lib/build/redirects.ts';
import { SERVICE_WORKER_PATH } from '../src/lib/offline/config.ts';

export interface Check {
  ok: boolean;
  /** A warning is reported but does not fail the check. */
  warn?: boolean;
  where: string;
  what: string;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'br, gzip', ...headers }, signal: AbortSignal.timeout(20_000) });
  const type = res.headers.get('content-type') ?? '';
  const text = /text|json|xml|javascript/.test(type) ? await res.text() : (await res.arrayBuffer(), '');
  return { status: res.status, headers: res.headers, text };
}

export async function checkDeploy(origin: string, redirects: Readonly<Record<string, string>> = REDIRECTS): Promise<Check[]> {
  const base = new URL(origin).origin;
  const url = (p: string) => new URL(p, base).href;
  const checks: Check[] = [];
  const check = (where: string, ok: boolean, what: string, warn = false) => checks.push({ where, ok, what, warn: warn && !ok });

  const expectStatus = (where: string, a: Answer, status: number) => {
    check(where, a.status === status, a.status === status ? `answers ${status}` : `answers ${a.status}, not ${status}`);
    return a.status === status;
  };
  const expectCache = (where: string, a: Answer, path = where) => {
    const want = CACHE_CONTROL[cacheKindFor(path)];
    const got = a.headers.get('cache-control');
    check(where, got === want, got === want ? `Cache-Control: ${got}` : `Cache-Control is ${got ? `"${got}"` : 'missing'}, not "${want}"`);
  };
  const expectCompressed = (where: string, a: Answer) => {
    const enc = a.headers.get('content-encoding');
    check(where, enc === 'br' || enc === 'gzip' || enc === 'zstd', enc ? `sent compressed (${enc})` : 'sent uncompressed to a browser that takes br and gzip');
  };
  const expectSecurityHeaders = (where: string, a: Answer) => {
    const header = a.headers.get('content-security-policy');
    if (!header) {
      check(where, false, 'no Content-Security-Policy header (only the <meta> policy, which cannot set frame-ancestors)');
    } else {
      const policy = parsePolicy(header);
      check(where, policy.get('frame-ancestors')?.join(' ') === "'none'", "Content-Security-Policy header with frame-ancestors 'none'");
      const meta = metaPolicy(a.text);
      if (meta) {
        // A header policy from another build lacks this page's hashes: the browser would block its inline code.
        const missing = [...parsePolicy(meta)].flatMap(([d, values]) => values.filter((v) => !policy.get(d)?.includes(v)).map((v) => `${d} ${v}`));
        check(where, missing.length === 0, missing.length ? `the CSP header lacks what this page needs (${missing.slice(0, 3).join(', ')}): is it from another build?` : 'the CSP header allows everything the page needs');
      }
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const got = a.headers.get(name);
      check(where, got === value, got === value ? `${name}: ${value}` : `${name} is ${got ? `"${got}"` : 'missing'}, not "${value}"`);
    }
    if (base.startsWith('https:')) check(where, a.headers.has('strict-transport-security'), 'Strict-Transport-Security (set it where TLS ends)', true);
  };

  // The home page names the rest: an article, a stylesheet.
  const home = await get(url('/'));
  if (!expectStatus('/', home, 200)) return checks;
  expectSecurityHeaders('/', home);
  expectCache('/', home, '/index.html');
  expectCompressed('/', home);
  const article = /href="(\/articles\/[a-z0-9-]+\/)"/.exec(home.text)?.[1];
  const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(home.text)?.[1];

  if (article) {
    const page = await get(url(article));
    if (expectStatus(article, page, 200)) {
      expectSecurityHeaders(article, page);
      expectCache(article, page, `${article}index.html`);
      expectCompressed(article, page);
      const image = /<meta property="og:image" content="([^"]+)"/.exec(page.text)?.[1];
      if (image) {
        const imagePath = new URL(image).pathname;
        const png = await get(url(imagePath));
        if (expectStatus(imagePath, png, 200)) {
          expectCache(imagePath, png);
          const nosniff = png.headers.get('x-content-type-options') === 'nosniff';
          check(imagePath, nosniff, nosniff ? 'X-Content-Type-Options: nosniff' : 'X-Content-Type-Options is missing');
        }
      }
    }
    const bare = article.slice(0, -1);
    const slashless = await get(url(bare));
    const to = slashless.headers.get('location');
    const ok = [301, 308].includes(slashless.status) && !!to && new URL(to, url(bare)).pathname === article;
    check(bare, ok, ok ? `${slashless.status} to ${article}` : `answers ${slashless.status}${to ? ` to ${to}` : ''}, not a redirect to ${article}`);
  } else {
    check('/', false, 'the home page links to no article');
  }

  const search = await get(url('/search/'));
  if (expectStatus('/search/', search, 200)) expectSecurityHeaders('/search/', search);

  if (stylesheet) {
    const css = await get(url(stylesheet));
    if (expectStatus(stylesheet, css, 200)) {
      expectCache(stylesheet, css);
      expectCompressed(stylesheet, css);
    }
  } else {
    check('/', false, 'the home page links to no /_astro/ stylesheet');
  }

  const entryPath = '/pagefind/pagefind-entry.json';
  const entry = await get(url(entryPath));
  if (expectStatus(entryPath, entry, 200)) {
    expectCache(entryPath, entry);
    const hash = (Object.values(JSON.parse(entry.text).languages ?? {})[0] as { hash?: string } | undefined)?.hash;
    if (hash) {
      const metaPath = `/pagefind/pagefind.${hash}.pf_meta`;
      const meta = await get(url(metaPath));
      if (expectStatus(metaPath, meta, 200)) expectCache(metaPath, meta);
    }
  }

  for (const p of ['/rss.xml', '/sitemap-index.xml', '/favicon.ico']) {
    const a = await get(url(p));
    if (expectStatus(p, a, 200)) expectCache(p, a);
  }

  // Offline reading: the worker must never come from a cache unasked, and the manifest needs its type.
  const worker = await get(url(SERVICE_WORKER_PATH));
  if (expectStatus(SERVICE_WORKER_PATH, worker, 200)) {
    expectCache(SERVICE_WORKER_PATH, worker);
    const type = worker.headers.get('content-type') ?? '';
    check(SERVICE_WORKER_PATH, /^(text|application)\/javascript\b/.test(type), `Content-Type is "${type}"${/javascript/.test(type) ? '' : ': browsers refuse a service worker that is not JavaScript'}`);
  }
  for (const [p, want] of Object.entries(CONTENT_TYPES)) {
    const a = await get(url(p));
    if (expectStatus(p, a, 200)) {
      const type = (a.headers.get('content-type') ?? '').split(';')[0]!.trim();
      check(p, type === want, type === want ? `Content-Type: ${type}` : `Content-Type is "${type}", not "${want}"`);
      expectCache(p, a);
    }
  }

  const missing = `/does-not-exist-${Date.now().toString(36)}/`;
  const notFound = await get(url(missing));
  expectStatus(missing, notFound, 404);
  check(missing, /<title>Page not found/.test(notFound.text), /<title>Page not found/.test(notFound.text) ? "the site's 404 page" : "not the site's 404 page");

  for (const [from, to] of Object.entries(redirects)) {
    const a = await get(url(from));
    const location = a.headers.get('location');
    const target = location ? new URL(location, url(from)).pathname : undefined;
    const ok = a.status === 301 && target === to;
    const how = a.status === 200 && /http-equiv="refresh"/.test(a.text) ? 'a meta-refresh page (200), not a 301' : `${a.status}${location ? ` to ${location}` : ''}`;
    check(from, ok, ok ? `301 to ${to}` : `answers ${how}; want 301 to ${to}`);
  }
  return checks;
}

if (import.meta.main) {
  const origin = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (!origin || !/^https?:\/\//.test(origin)) {
    console.error('usage: npm run check:deploy -- https://example.org');
    process.exit(2);
  }
  const checks = await checkDeploy(origin);
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : c.warn ? 'warn' : 'FAIL'}  ${c.where.padEnd(44)} ${c.what}`);
  const failed = checks.filter((c) => !c.ok && !c.warn).length;
  const warned = checks.filter((c) => c.warn).length;
  console.log(`\n${checks.length} checks on ${new URL(origin).origin}: ${failed} failed, ${warned} warnings`);
  process.exit(failed ? 1 : 0);
}
