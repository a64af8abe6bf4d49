import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { byNewestReview, getArticles } from '../lib/content/articles.ts';
import { articlePath } from '../lib/site/routes.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site/site.ts';

/** New and reviewed articles, newest review first. */
export async function GET(context: APIContext) {
  const articles = (await getArticles()).sort(byNewestReview);
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: context.site!,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.reviewed,
      link: articlePath(a.id),
    })),
    customData: '<language>en-gb</language>',
    trailingSlash: true,
  });
}
