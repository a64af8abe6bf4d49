/**
 * Related articles: the ones that share the most symptoms with this one, then
 * A-Z by title (and id, should two titles match) so the order is stable from
 * build to build.
 */
export interface Relatable {
  id: string;
  title: string;
  symptoms: readonly string[];
}

export const byTitle = (x: Relatable, y: Relatable) => x.title.localeCompare(y.title, 'en') || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Related articles for every article at once (the unit test holds it to the
 * same answer as the plain one-article-at-a-time ranking). Articles with the same set of symptoms rank
 * every other article the same way, so the ranking is worked out once per
 * distinct symptom set, not once per article: with symptoms as common as back
 * pain, comparing every pair of articles would grow with the square of the
 * library.
 */
export function relatedIndex<T extends Relatable>(all: readonly T[], limit = 4): Map<string, T[]> {
  const groups = new Map<string, { symptoms: Set<string>; members: T[] }>();
  for (const a of all) {
    const symptoms = new Set(a.symptoms);
    const key = [...symptoms].sort().join('|');
    const group = groups.get(key) ?? { symptoms, members: [] };
    group.members.push(a);
    groups.set(key, group);
  }
  for (const g of groups.values()) g.members.sort(byTitle);

  const out = new Map<string, T[]>();
  for (const g of groups.values()) {
    // Other groups by how many symptoms they share with this one.
    const byShared = new Map<number, T[][]>();
    for (const other of groups.values()) {
      let shared = 0;
      for (const s of other.symptoms) if (g.symptoms.has(s)) shared++;
      if (shared > 0) byShared.set(shared, [...(byShared.get(shared) ?? []), other.members]);
    }
    const levels = [...byShared.keys()].sort((x, y) => y - x);
    for (const a of g.members) {
      const picked: T[] = [];
      for (const level of levels) {
        if (picked.length >= limit) break;
        // The first few by title from each group at this level, then the best of those by title.
        const pool = byShared.get(level)!.flatMap((members) => members.filter((m) => m.id !== a.id).slice(0, limit));
        picked.push(...pool.sort(byTitle).slice(0, limit - picked.length));
      }
      out.set(a.id, picked);
    }
  }
  return out;
}
