import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

/**
 * A sitemap `serialize` hook that gives each article its `reviewed` date as
 * lastmod. The sitemap runs outside the content layer, so it reads the date
 * from each article's frontmatter itself.
 */
export function sitemapLastmod(articlesDir: string) {
  let reviewed: Map<string, string> | undefined;
  const load = () => {
    const map = new Map<string, string>();
    for (const name of readdirSync(articlesDir)) {
      const m = /^([^_.][^.]*)\.mdx?$/.exec(name);
      if (!m) continue;
      // The schema has already checked the frontmatter; only the date is needed.
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(articlesDir, name), 'utf8'))?.[1] ?? '';
      const reviewed = /^reviewed:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(fm)?.[1];
      if (reviewed) map.set(m[1]!, new Date(reviewed).toISOString());
    }
    return map;
  };
  return (item: SitemapItem): SitemapItem => {
    reviewed ??= load();
    const slug = /\/articles\/([^/]+)\/$/.exec(new URL(item.url).pathname)?.[1];
    const lastmod = slug ? reviewed.get(slug) : undefined;
    return lastmod ? { ...item, lastmod } : item;
  };
}
