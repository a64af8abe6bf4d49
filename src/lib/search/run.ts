import { closestWord, contentWords, normaliseQuery, vocabulary } from './query.ts';
import { SEARCH } from './config.ts';

/**
 * How the site searches, on top of Pagefind's JS API. Pagefind matches every
 * word of a query and knows nothing of typos, so:
 *   1. search the query as typed (normalised), unless step 2 mends it;
 *   2. a word close to a word of our vocabulary that matches far worse than
 *      that word is taken as a typo, and the mended query is searched instead;
 *   3. if fewer than 3 articles match, also search each key word on its own and
 *      merge those lists by reciprocal rank, so "stomach cramps when anxious"
 *      still finds the page that never says "anxious".
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  search: (term: string, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchOutcome {
  query: string;
  /** The corrected query searched instead, when the query as typed found nothing. */
  correctedTo?: string;
  results: PagefindResultData[];
}

const { enough: ENOUGH, rrfK: RRF_K } = SEARCH.fallback;
const TYPO_SCORE_RATIO = SEARCH.typos.scoreRatio;

let words: Set<string> | undefined;

export async function runSearch(pf: PagefindSearch, raw: string, filters: string[], limit: number): Promise<SearchOutcome> {
  const query = normaliseQuery(raw);
  const options = filters.length ? { filters: { symptom: { any: filters } } } : {};
  const attempt = async (q: string) => (await pf.search(q, options))?.results ?? [];

  words ??= vocabulary();
  // Pagefind answers a typo with weak, fuzzy matches rather than nothing, so a
  // word counts as a typo when the vocabulary word near it matches far better.
  let corrected = false;
  const best = async (q: string) => (await attempt(q))[0]?.score ?? 0;
  const mended = await Promise.all(
    query.split(' ').map(async (w) => {
      const near = closestWord(w, words!);
      if (!near) return w;
      const [asTyped, asMended] = await Promise.all([best(w), best(near)]);
      if (asMended <= TYPO_SCORE_RATIO * asTyped) return w;
      corrected = true;
      return near;
    }),
  );
  let correctedTo: string | undefined;
  let results: PagefindResult[] = [];
  if (corrected) {
    results = await attempt(mended.join(' '));
    if (results.length) correctedTo = mended.join(' ');
  }
  if (!results.length) results = await attempt(query);
  if (results.length < ENOUGH) {
    const keys = [...new Set(contentWords(correctedTo ?? query).map((w) => closestWord(w, words!) ?? w))];
    if (keys.length > 1) {
      const lists = await Promise.all(keys.map(attempt));
      const fused = new Map<string, { r: PagefindResult; score: number }>();
      for (const list of lists) {
        list.forEach((r, i) => {
          const entry = fused.get(r.id) ?? { r, score: 0 };
          entry.score += 1 / (RRF_K + i + 1);
          fused.set(r.id, entry);
        });
      }
      const seen = new Set(results.map((r) => r.id));
      const extra = [...fused.values()].filter(({ r }) => !seen.has(r.id)).sort((a, b) => b.score - a.score);
      results = [...results, ...extra.map(({ r }) => r)];
    }
  }
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return { query, correctedTo, results: data };
}
