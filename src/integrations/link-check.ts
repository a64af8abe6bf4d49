import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/build/link-check.ts';
import { readBuiltSite } from '../lib/build/built-site.ts';
import { writerError } from '../lib/content/writer-error.ts';

/**
 * Fails `astro build` when any page links to a page or `#section` that does
 * not exist. A broken link in an article names the article's file, and the
 * built pages are removed so that `npm start` or a deploy never serves them.
 */
export default function linkCheck({ articlesDir }: { articlesDir: string }): AstroIntegration {
  let origin = '';
  return {
    name: 'calm-body:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { pages, files } = await readBuiltSite(outDir);
        const broken = findBrokenLinks(pages, files, origin);
        if (broken.length) {
          const redirects = new Set(pages.filter((p) => p.html.includes('http-equiv="refresh"')).map((p) => p.path));
          const where = (page: string) => {
            if (redirects.has(page)) return `src/lib/build/redirects.ts: the redirect from ${page}`;
            const slug = /^\/articles\/([^/]+)\/$/.exec(page)?.[1];
            const file = slug && ['.md', '.mdx'].map((ext) => path.join(articlesDir, slug + ext)).find((f) => existsSync(f));
            return file ? `${path.relative(process.cwd(), file)}: body` : `page ${page}`;
          };
          const lines = broken.map((b) => `  - ${where(b.page)}: link "${b.href}" ${b.problem}`);
          // The pages are already written: remove them, so a site with broken links is never served.
          await rm(outDir, { recursive: true, force: true });
          throw writerError(
            `Broken links (${broken.length}):\n${lines.join('\n')}\nThe half-checked site in ${path.relative(process.cwd(), outDir) || outDir}/ was removed.`,
            'Fix or remove the links above, then build again.',
          );
        }
        logger.info(`checked the links on ${pages.length} pages: none broken`);
      },
    },
  };
}
