import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../../scripts/support/paths.ts';

/** A page of the built site: its URL path and HTML. */
export interface DistPage {
  path: string;
  file: string;
  html: string;
}

const REDIRECT = 'http-equiv="refresh"';

/**
 * Every HTML page in dist/, except Astro's redirect stubs (a meta refresh to the
 * new address, checked by their own test) and Pagefind's files.
 */
export function distPages(): DistPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind'))
    .map((rel) => {
      const file = path.join(DIST, rel);
      const urlPath = `/${rel.split(path.sep).join('/')}`.replace(/index\.html$/, '');
      return { path: urlPath, file, html: readFileSync(file, 'utf8') };
    })
    .filter((p) => !p.html.includes(REDIRECT))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export const articlePages = () => distPages().filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));

/** The content of <meta property|name="key" content="...">. */
export function metaContent(html: string, key: string): string | undefined {
  const re = new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`);
  return re.exec(html)?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

export function canonical(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
}

export function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1]!);
    return Array.isArray(data) ? data : [data];
  });
}

export function distFile(urlPath: string): string {
  return path.join(DIST, urlPath.replace(/^\//, ''));
}
