import { getCollection, type CollectionEntry } from 'astro:content';

/** Published articles (drafts only show in `astro dev`), A-Z by title. */
export async function getArticles(): Promise<CollectionEntry<'articles'>[]> {
  const all = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

export type Article = CollectionEntry<'articles'>;

/** Newest review first, then A-Z: the order of the home page's "recently reviewed" list and the feed. */
export const byNewestReview = (a: Article, b: Article) =>
  b.data.reviewed.getTime() - a.data.reviewed.getTime() || a.data.title.localeCompare(b.data.title, 'en');
