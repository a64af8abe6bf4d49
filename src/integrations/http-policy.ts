import type { AstroIntegration } from 'astro';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies, metaPolicy } from '../lib/build/csp.ts';
import {
  headerPolicy,
  renderHeadersFile,
  renderNginxHeaders,
  renderNginxSite,
  renderRedirectsFile,
} from '../lib/build/http-policy.ts';
import { readBuiltSite } from '../lib/build/built-site.ts';

/** Cloudflare Pages reads no `_headers` line longer than this. */
const CLOUDFLARE_LINE_LIMIT = 2000;

/**
 * Writes what hosts need to serve the site as it should be served, from one
 * source (src/lib/build/http-policy.ts): `_headers` and `_redirects` (Netlify,
 * Cloudflare Pages), `_nginx/headers.conf` and `_nginx/site.conf` (nginx).
 * The CSP is the union of the per-page policies Astro computed, plus
 * `frame-ancestors`. Runs after Pagefind, whose files get cache rules too.
 */
export default function httpPolicy(): AstroIntegration {
  return {
    name: 'calm-body:http-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { pages } = await readBuiltSite(outDir, { last: true });
        const policies = pages.map((p) => metaPolicy(p.html)).filter((p): p is string => Boolean(p));
        if (!policies.length) throw new Error('No page carries a Content-Security-Policy: is security.csp on?');
        const csp = headerPolicy(mergePolicies(policies));
        const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => `/${path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);

        const headers = renderHeadersFile(csp, files);
        const long = headers.split('\n').find((l) => l.length > CLOUDFLARE_LINE_LIMIT);
        if (long) logger.warn(`_headers has a line of ${long.length} characters: Cloudflare Pages ignores lines over ${CLOUDFLARE_LINE_LIMIT}`);
        await writeFile(path.join(outDir, '_headers'), headers);
        await writeFile(path.join(outDir, '_redirects'), renderRedirectsFile());
        await mkdir(path.join(outDir, '_nginx'), { recursive: true });
        await writeFile(path.join(outDir, '_nginx', 'headers.conf'), renderNginxHeaders(csp));
        await writeFile(path.join(outDir, '_nginx', 'site.conf'), renderNginxSite());
        logger.info(`wrote _headers, _redirects and _nginx/ with a CSP merged from ${policies.length} pages`);
      },
    },
  };
}
