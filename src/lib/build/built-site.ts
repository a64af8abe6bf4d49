import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltPage } from './link-check.ts';

/**
 * The finished site as the build-done checks read it: every HTML page with its
 * URL path, and the URL paths of every other file. Pagefind's own files are
 * left out: they are written after these checks and are not pages.
 */
export async function readBuiltSite(outDir: string): Promise<{ pages: BuiltPage[]; files: Set<string> }> {
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
