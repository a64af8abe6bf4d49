/**
 * Related articles: the ones that share the most symptoms with this one, then
 * A-Z by title so the order is stable from build to build.
 */
export interface Relatable {
  id: string;
  title: string;
  symptoms: readonly string[];
}

/**
 * Related articles for every article at once. Candidates come from an index of
 * symptom -> articles, so the work grows with the articles that really share a
 * symptom rather than with every pair of articles.
 */
export function relatedIndex<T extends Relatable>(all: readonly T[], limit = 4): Map<string, T[]> {
  const bySymptom = new Map<string, T[]>();
  for (const a of all) for (const s of new Set(a.symptoms)) bySymptom.set(s, [...(bySymptom.get(s) ?? []), a]);
  const out = new Map<string, T[]>();
  for (const a of all) {
    const shared = new Map<T, number>();
    for (const s of new Set(a.symptoms)) {
      for (const b of bySymptom.get(s) ?? []) if (b.id !== a.id) shared.set(b, (shared.get(b) ?? 0) + 1);
    }
    out.set(a.id, topByShared(shared, limit));
  }
  return out;
}

/** Related articles for one article. */
export function relatedArticles<T extends Relatable>(current: Relatable, all: readonly T[], limit = 4): T[] {
  const mine = new Set(current.symptoms);
  const shared = new Map<T, number>();
  for (const a of all) {
    if (a.id === current.id) continue;
    const n = new Set(a.symptoms.filter((s) => mine.has(s))).size;
    if (n > 0) shared.set(a, n);
  }
  return topByShared(shared, limit);
}

function topByShared<T extends Relatable>(shared: Map<T, number>, limit: number): T[] {
  return [...shared]
    .sort(([x, nx], [y, ny]) => ny - nx || x.title.localeCompare(y.title, 'en'))
    .slice(0, limit)
    .map(([a]) => a);
}
