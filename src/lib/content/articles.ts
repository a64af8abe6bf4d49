import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

const load = async () => {
  const all = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
};
/**
 * The list is read and sorted once per build: pages ask for it over and over
 * (every article page looks two articles up), and reading and sorting 10,000
 * entries each time would make the build grow with the square of the library.
 * `astro dev` reads it afresh each time, as files change under it.
 */
let built: Promise<Article[]> | undefined;
let byId: Promise<Map<string, Article>> | undefined;

/** Published articles (drafts only show in `astro dev`), A-Z by title. A new array each call: callers may sort it. */
export async function getArticles(): Promise<Article[]> {
  if (import.meta.env.DEV) return load();
  built ??= load();
  return (await built).slice();
}

/** A published article by its id, or undefined when there is none (yet): no warning, unlike getEntry. */
export async function findArticle(id: string): Promise<Article | undefined> {
  if (import.meta.env.DEV) return (await load()).find((a) => a.id === id);
  byId ??= getArticles().then((all) => new Map(all.map((a) => [a.id, a])));
  return (await byId).get(id);
}

/** Newest review first, then A-Z: the order of the home page's "recently reviewed" list and the feed. */
export const byNewestReview = (a: Article, b: Article) =>
  b.data.reviewed.getTime() - a.data.reviewed.getTime() || a.data.title.localeCompare(b.data.title, 'en');
