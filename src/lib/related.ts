/**
 * Related articles: the ones that share the most symptoms with this one, then
 * A-Z by title so the order is stable from build to build.
 */
export interface Relatable {
  id: string;
  title: string;
  symptoms: readonly string[];
}

export function relatedArticles<T extends Relatable>(current: Relatable, all: readonly T[], limit = 4): T[] {
  const mine = new Set(current.symptoms);
  return all
    .filter((a) => a.id !== current.id)
    .map((a) => ({ a, shared: a.symptoms.filter((s) => mine.has(s)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((x, y) => y.shared - x.shared || x.a.title.localeCompare(y.a.title, 'en'))
    .slice(0, limit)
    .map(({ a }) => a);
}
