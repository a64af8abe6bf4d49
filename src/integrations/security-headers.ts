import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies, metaPolicy, serialisePolicy } from '../lib/csp.ts';
import { readBuiltSite } from './built-site.ts';

/**
 * Writes `dist/_headers` (the format Netlify, Cloudflare Pages and others read)
 * with the site's security headers. The CSP is the union of the per-page
 * policies Astro computed, plus `frame-ancestors`, which only works as a header.
 */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'calm-body:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { pages } = await readBuiltSite(outDir);
        const policies = pages.map((p) => metaPolicy(p.html)).filter((p): p is string => Boolean(p));
        if (!policies.length) throw new Error('No page carries a Content-Security-Policy: is security.csp on?');
        const csp = mergePolicies(policies);
        csp.set('frame-ancestors', ["'none'"]);
        const lines = ['/*', `  Content-Security-Policy: ${serialisePolicy(csp)}`];
        for (const [name, value] of Object.entries(STATIC_HEADERS)) lines.push(`  ${name}: ${value}`);
        await writeFile(path.join(outDir, '_headers'), `${lines.join('\n')}\n`);
        logger.info(`wrote _headers with a CSP merged from ${policies.length} pages`);
      },
    },
  };
}
