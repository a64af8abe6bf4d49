import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltPage } from './link-check.ts';

export interface BuiltSite {
  pages: BuiltPage[];
  files: Set<string>;
}

/**
 * The finished site as the build-done checks read it: every HTML page with its
 * URL path, and the URL paths of every other file. Pagefind's own files are
 * left out: they are written after these checks and are not pages.
 *
 * Read once for the link check and the HTTP policy, which run one after the
 * other: `{ last: true }` says the caller is the last to need it, so it is
 * then let go. The pages do not change between the two.
 */
const kept = new Map<string, Promise<BuiltSite>>();
export function readBuiltSite(outDir: string, { last = false } = {}): Promise<BuiltSite> {
  const site = kept.get(outDir) ?? read(outDir);
  if (last) kept.delete(outDir);
  else kept.set(outDir, site);
  return site;
}

async function read(outDir: string): Promise<BuiltSite> {
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  for (const rel of await readdir(outDir, { recursive: true })) {
    const urlPath = `/${rel.split(path.sep).join('/')}`;
    if (urlPath.startsWith('/pagefind/')) continue;
    if (urlPath.endsWith('.html')) {
      const html = await readFile(path.join(outDir, rel), 'utf8');
      pages.push({ path: urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath, html });
    } else {
      files.add(urlPath);
    }
  }
  return { pages, files };
}
