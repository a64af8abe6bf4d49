import { readFileSync } from 'node:fs';
import type { SitemapItem } from '@astrojs/sitemap';
import { findArticleFiles } from '../content/article-files.ts';
import { readFrontmatter } from '../content/frontmatter.ts';

/**
 * A sitemap `serialize` hook that gives each article its `reviewed` date as
 * lastmod. The sitemap runs outside the content layer, so it reads the date
 * from each article's frontmatter itself, finding the articles and reading
 * them the way the content loader does.
 */
export function sitemapLastmod(articlesDir: string) {
  let reviewed: Map<string, string> | undefined;
  const load = () => {
    const map = new Map<string, string>();
    for (const f of findArticleFiles(articlesDir).files) {
      // The schema has already checked the frontmatter; only the date is needed.
      const data = readFrontmatter(readFileSync(f.abs, 'utf8')).data as { reviewed?: unknown } | undefined;
      const date = data?.reviewed ? new Date(data.reviewed as string | Date) : undefined;
      if (date && !Number.isNaN(date.getTime())) map.set(f.slug, date.toISOString());
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
