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
 * same answer as the plain one-article-at-a-time ranking). Articles with the
 * same set of symptoms rank every other article the same way, so the ranking
 * is worked out once per distinct symptom set, not once per article: with
 * symptoms as common as back pain, comparing every pair of articles would
 * grow with the square of the library.
 *
 * For each set, one walk down the whole library A-Z keeps, for each number of
 * shared symptoms, the first few articles (one more than the limit, in case
 * one is the article itself). Each article then takes from those, most shared
 * first. No per-article sorting or filtering of the library.
 */
export function relatedIndex<T extends Relatable>(all: readonly T[], limit = 4): Map<string, T[]> {
  const sets = new Map<string, { symptoms: Set<string>; index: number }>();
  const setOf: number[] = [];
  const setSymptoms: Set<string>[] = [];
  for (const a of all) {
    const symptoms = new Set(a.symptoms);
    const key = [...symptoms].sort().join('|');
    let set = sets.get(key);
    if (!set) {
      set = { symptoms, index: setSymptoms.length };
      sets.set(key, set);
      setSymptoms.push(symptoms);
    }
    setOf.push(set.index);
  }
  const order = all.map((_, i) => i).sort((x, y) => byTitle(all[x]!, all[y]!));

  const out = new Map<string, T[]>();
  const keep = limit + 1;
  const ranked = new Map<number, T[][]>();
  const rank = (s: number): T[][] => {
    // shared[t]: how many symptoms set t has in common with set s; by[level]: the first articles A-Z at that level.
    const mine = setSymptoms[s]!;
    const shared = setSymptoms.map((other) => {
      let n = 0;
      for (const x of other) if (mine.has(x)) n++;
      return n;
    });
    const by: T[][] = Array.from({ length: mine.size + 1 }, () => []);
    let open = mine.size;
    for (const i of order) {
      const level = shared[setOf[i]!]!;
      if (level === 0 || by[level]!.length >= keep) continue;
      by[level]!.push(all[i]!);
      if (by[level]!.length === keep && --open === 0) break;
    }
    return by;
  };
  all.forEach((a, i) => {
    const s = setOf[i]!;
    let by = ranked.get(s);
    if (!by) ranked.set(s, (by = rank(s)));
    const picked: T[] = [];
    for (let level = by.length - 1; level > 0 && picked.length < limit; level--) {
      for (const r of by[level]!) {
        if (picked.length >= limit) break;
        if (r.id !== a.id) picked.push(r);
      }
    }
    out.set(a.id, picked);
  });
  return out;
}
