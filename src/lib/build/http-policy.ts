/**
 * How the built site is served: one source for the response headers, the
 * caching of each kind of file and the redirects of old addresses, rendered
 * for every host:
 *
 * - `dist/_headers` and `dist/_redirects` for Netlify and Cloudflare Pages;
 * - `dist/_nginx/headers.conf` (the security headers with this build's CSP)
 *   and `dist/_nginx/site.conf` (everything else) for nginx. `site.conf` does
 *   not change from build to build, and a copy is committed as
 *   `deploy/nginx.conf` (a unit test keeps it equal to `renderNginxSite()`).
 *
 * Pure: no file system, so the integration, scripts and tests share it.
 */
import { type Policy, serialisePolicy } from './csp.ts';
import { REDIRECTS } from './redirects.ts';
import { SERVICE_WORKER_PATH } from '../offline/config.ts';

/** The headers every response carries, beside the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The policy sent as a header: the pages' merged policy plus `frame-ancestors`,
 * which a `<meta>` policy cannot carry (browsers ignore it there).
 */
export function headerPolicy(merged: Policy): Policy {
  const policy: Policy = new Map(merged);
  policy.set('frame-ancestors', ["'none'"]);
  return policy;
}

/** Every security header, CSP first, as [name, value] pairs. */
export function securityHeaders(csp: Policy): [string, string][] {
  return [['Content-Security-Policy', serialisePolicy(csp)], ...Object.entries(SECURITY_HEADERS)];
}

/** Cache-Control by kind of file. */
export const CACHE_CONTROL = {
  /** Named by a hash of their content, so a new version has a new address: keep for a year, never ask again. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * Pages, and files that must match the rest of a deploy (Pagefind's entry
   * file and loader name index chunks by hash): kept, but checked on every use,
   * so a reader never sees a page that points to files a new deploy removed.
   * Unchanged files answer 304 (ETag, Last-Modified).
   */
  revalidate: 'public, max-age=0, must-revalidate',
  /** Files read on their own (feed, sitemap, share images, icons, robots.txt): an hour, then checked. */
  short: 'public, max-age=3600, must-revalidate',
  /**
   * The service worker: browsers look for a new one each time a page opens,
   * and no cache on the way (browser, proxy or CDN) may answer with an old
   * copy without asking, or readers would keep the last deploy's worker.
   */
  noCache: 'no-cache',
} as const;
export type CacheKind = keyof typeof CACHE_CONTROL;

export interface CacheRule {
  kind: CacheKind;
  /** Matched against the URL path; the first rule that matches wins. */
  pattern: RegExp;
  what: string;
}

/** Files no rule names get `revalidate`. */
export const DEFAULT_CACHE: CacheKind = 'revalidate';

export const CACHE_RULES: readonly CacheRule[] = [
  { kind: 'immutable', pattern: /^\/_astro\//, what: 'scripts and styles, named by content hash' },
  { kind: 'immutable', pattern: /^\/pagefind\/(fragment|index|filter)\//, what: "Pagefind's index chunks, named by content hash" },
  { kind: 'immutable', pattern: /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/, what: "Pagefind's index metadata, named by content hash" },
  { kind: 'short', pattern: /^\/og\//, what: 'share images' },
  { kind: 'short', pattern: /^\/rss\.xml$/, what: 'the feed' },
  { kind: 'short', pattern: /^\/sitemap-[^/]+\.xml$/, what: 'the sitemap' },
  { kind: 'short', pattern: /^\/(favicon\.ico|favicon\.svg|robots\.txt)$/, what: 'icons and robots.txt' },
  { kind: 'short', pattern: /^\/(icons\/[^/]+\.png|manifest\.webmanifest)$/, what: 'the web app manifest and home-screen icons' },
  { kind: 'noCache', pattern: new RegExp(`^${SERVICE_WORKER_PATH.replace(/[.]/g, '\\.')}$`), what: 'the service worker' },
];

/**
 * Content types some servers do not know from the file's extension: Debian's
 * nginx has no .webmanifest in its mime.types, and would send the manifest as
 * application/octet-stream.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '/manifest.webmanifest': 'application/manifest+json',
};

export function cacheKindFor(urlPath: string): CacheKind {
  return CACHE_RULES.find((r) => r.pattern.test(urlPath))?.kind ?? DEFAULT_CACHE;
}

/** Old address -> new address, each in the form with the trailing slash and without it. */
export function redirectPairs(redirects: Readonly<Record<string, string>> = REDIRECTS): [from: string, to: string][] {
  return Object.entries(redirects).flatMap(([from, to]) => {
    if (!/^\/[^\s"';{}$\\]*\/$/.test(from) || !/^\/[^\s"';{}$\\]*\/$/.test(to)) {
      throw new Error(`redirect ${from} -> ${to}: both must be site paths ending in "/"`);
    }
    return [[from, to], [from.slice(0, -1), to]] as [string, string][];
  });
}

/** Paths of files the build writes for hosts, never to be served. */
export const HOST_FILES = /^\/(_headers|_redirects)$|^\/_nginx\//;

/** The copies the build precompresses beside each text file (src/integrations/precompress.ts). */
export const PRECOMPRESSED = /\.(br|gz)$/;

/**
 * `_headers` rules (Netlify, Cloudflare Pages) for a built site's files.
 *
 * Both hosts apply every rule whose path matches, and for one header matched
 * twice Cloudflare joins the values with a comma while Netlify keeps one. So
 * `/*` carries the security headers and nothing else, and each file gets its
 * Cache-Control from exactly one rule: a folder whose files are all of one
 * kind gets one `/folder/*` rule; otherwise its files are named one by one.
 * A folder's index page is also named by the folder's own address.
 */
export function cacheHeaderRules(files: readonly string[]): { path: string; kind: CacheKind }[] {
  const rules: { path: string; kind: CacheKind }[] = [];
  const visit = (prefix: string, inside: string[]) => {
    const kinds = new Set(inside.map((f) => cacheKindFor(f)));
    if (kinds.size === 1 && prefix !== '/') {
      rules.push({ path: `${prefix}*`, kind: [...kinds][0]! });
      return;
    }
    const folders = new Map<string, string[]>();
    for (const f of inside) {
      const rest = f.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        if (rest === 'index.html') rules.push({ path: prefix, kind: cacheKindFor(f) });
        rules.push({ path: f, kind: cacheKindFor(f) });
      } else {
        const folder = `${prefix}${rest.slice(0, slash + 1)}`;
        folders.set(folder, [...(folders.get(folder) ?? []), f]);
      }
    }
    for (const [folder, within] of [...folders].sort(([a], [b]) => a.localeCompare(b))) visit(folder, within);
  };
  visit('/', files.filter((f) => !HOST_FILES.test(f) && !PRECOMPRESSED.test(f)).sort());
  return rules;
}

const GENERATED = 'Written by the build from src/lib/build/http-policy.ts and src/lib/build/redirects.ts: do not edit.';

/** `dist/_headers` for Netlify and Cloudflare Pages. */
export function renderHeadersFile(csp: Policy, files: readonly string[]): string {
  const lines = [`# ${GENERATED}`, '/*'];
  for (const [name, value] of securityHeaders(csp)) lines.push(`  ${name}: ${value}`);
  const typed = new Set<string>();
  for (const rule of cacheHeaderRules(files)) {
    lines.push('', rule.path, `  Cache-Control: ${CACHE_CONTROL[rule.kind]}`);
    const type = CONTENT_TYPES[rule.path];
    if (type) lines.push(`  Content-Type: ${type}`), typed.add(rule.path);
  }
  for (const [file, type] of Object.entries(CONTENT_TYPES)) {
    if (files.includes(file) && !typed.has(file)) lines.push('', file, `  Content-Type: ${type}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `dist/_redirects` for Netlify and Cloudflare Pages. The old address still
 * holds a meta-refresh page (the fallback for hosts without redirects), and
 * Netlify serves an existing file before a plain rule: "301!" overrides it.
 * Cloudflare Pages always applies its rules before files, does not know "!",
 * and skips those lines with a warning in the deploy log, then applies the
 * plain ones below them.
 */
export function renderRedirectsFile(redirects: Readonly<Record<string, string>> = REDIRECTS): string {
  const lines = [
    `# ${GENERATED}`,
    '# "301!" is for Netlify (the old address still has a meta-refresh page); Cloudflare Pages skips those',
    '# lines with a warning and uses the plain "301" ones.',
  ];
  for (const [from, to] of redirectPairs(redirects)) lines.push(`${from} ${to} 301!`, `${from} ${to} 301`);
  return `${lines.join('\n')}\n`;
}

function nginxString(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot put ${JSON.stringify(value)} in an nginx string`);
  return `"${value}"`;
}

/** A regular expression as a quoted nginx location pattern (PCRE reads what these JS patterns say). */
function nginxRegex(re: RegExp): string {
  const source = re.source.replace(/\\\//g, '/');
  if (/["\n]|\\\\/.test(source) || re.flags) throw new Error(`cannot use /${re.source}/${re.flags} as an nginx location`);
  return `"${source}"`;
}

/** `dist/_nginx/headers.conf`: the security headers, at server level, on every answer (`always`: 404s too). */
export function renderNginxHeaders(csp: Policy): string {
  const lines = [
    `# ${GENERATED}`,
    '# The security headers, with the CSP hashes of this build. Include it in the server block beside site.conf,',
    '# and reload nginx after every deploy. site.conf adds no header inside a location, so these reach every answer.',
  ];
  for (const [name, value] of securityHeaders(csp)) lines.push(`add_header ${name} ${nginxString(value)} always;`);
  return `${lines.join('\n')}\n`;
}

/** Types nginx gzips on the fly when the build left no precompressed file (text/html is always included). */
export const GZIP_TYPES = [
  'text/css',
  'text/plain',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'application/manifest+json',
  'image/svg+xml',
];

/**
 * `dist/_nginx/site.conf`, committed as `deploy/nginx.conf`: how nginx serves
 * the site, for inclusion in a `server` block that sets `root` to the built
 * site and includes `headers.conf`. The same for every build.
 */
export function renderNginxSite(redirects: Readonly<Record<string, string>> = REDIRECTS): string {
  const out: string[] = [
    '# Calm Body: how nginx serves the built site. Rendered from src/lib/build/http-policy.ts and src/lib/build/redirects.ts:',
    '# do not edit. Change those and run `npm run nginx:conf`; tests/unit/http-policy.test.ts fails while this is stale.',
    '# The build writes the same file to dist/_nginx/site.conf. Include it in your server block (docs/deploy.md):',
    '#',
    '#   server {',
    '#       listen 443 ssl;',
    '#       server_name example.org;',
    '#       ...certificates...',
    '#       root /srv/calm-body;                           # the contents of dist/',
    '#       include /srv/calm-body/_nginx/headers.conf;    # security headers; the CSP changes with every build',
    '#       include /srv/calm-body/_nginx/site.conf;       # this file',
    '#   }',
    '#',
    '# Needs nginx 1.12 or newer with gzip_static (in Debian\'s nginx) and brotli_static',
    '# (Debian: libnginx-mod-http-brotli-static).',
    '',
    'index index.html;',
    '# Redirects say only the path, so they stay right behind a proxy or CDN that ends TLS.',
    'absolute_redirect off;',
    'server_tokens off;',
    'charset utf-8;',
    'charset_types text/css text/plain text/xml application/javascript application/json application/rss+xml application/manifest+json image/svg+xml;',
    'error_page 404 /404.html;',
    '',
    '# Compression: the build writes .br and .gz beside each text file; nginx sends the one the browser takes,',
    '# and gzips on the fly what has none.',
    'brotli_static on;',
    'gzip_static on;',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 5;',
    'gzip_min_length 256;',
    `gzip_types ${GZIP_TYPES.join(' ')};`,
    '',
    '# Cache-Control by kind of file (src/lib/build/http-policy.ts). Locations below only change the value: a location',
    '# with an add_header of its own would drop every header set at server level, the security headers included.',
    `set $calm_cache_control ${nginxString(CACHE_CONTROL[DEFAULT_CACHE])};`,
    'add_header Cache-Control $calm_cache_control always;',
    '',
    'location / {',
    '}',
    '',
    '# The 404 page answers for every missing address, with status 404, and is not an address of its own.',
    'location = /404.html {',
    '    internal;',
    '}',
    '',
    '# Files for hosts, and the precompressed copies (brotli_static and gzip_static find those without a request).',
    `location ~ ${nginxRegex(HOST_FILES)} {`,
    '    return 404;',
    '}',
    `location ~ ${nginxRegex(PRECOMPRESSED)} {`,
    '    return 404;',
    '}',
    '',
    '# Old addresses (src/lib/build/redirects.ts), with and without the trailing slash, straight to the new one.',
  ];
  for (const [from, to] of redirectPairs(redirects)) {
    out.push(`location = ${from} {`, `    return 301 ${to}$is_args$args;`, '}');
  }
  out.push('', '# Types nginx may not know from the extension (an exact location wins over the patterns below).');
  for (const [file, type] of Object.entries(CONTENT_TYPES)) {
    out.push(
      `location = ${file} {`,
      `    default_type ${type};`,
      `    set $calm_cache_control ${nginxString(CACHE_CONTROL[cacheKindFor(file)])};`,
      '}',
    );
  }
  out.push('');
  for (const rule of CACHE_RULES) {
    out.push(
      `# ${rule.what}`,
      `location ~ ${nginxRegex(rule.pattern)} {`,
      `    set $calm_cache_control ${nginxString(CACHE_CONTROL[rule.kind])};`,
      '}',
    );
  }
  return `${out.join('\n')}\n`;
}
