import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { parse } from 'yaml';

/**
 * A sitemap `serialize` hook that gives each article its `reviewed` date as
 * lastmod. The sitemap runs outside the content layer, so it reads the dates
 * from the frontmatter itself; the schema has already checked them.
 */
export function sitemapLastmod(articlesDir: string) {
  let reviewed: Map<string, string> | undefined;
  const load = () => {
    const map = new Map<string, string>();
    for (const name of readdirSync(articlesDir)) {
      const m = /^([^_.][^.]*)\.mdx?$/.exec(name);
      if (!m) continue;
      const text = readFileSync(path.join(articlesDir, name), 'utf8');
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      const data = fm ? parse(fm) : undefined;
      if (data?.reviewed) map.set(m[1]!, new Date(data.reviewed).toISOString());
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
