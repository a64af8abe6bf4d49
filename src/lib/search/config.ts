/**
 * Every search setting, in one place: how Pagefind ranks, how many results
 * each view shows, when a word counts as a typo, when the key-word fallback
 * steps in, and how long typing waits. "Where is search tuned?" has one
 * answer: here. The search quality test (tests/search/quality.test.ts) is the
 * way to see what a change does.
 */
export const SEARCH = {
  pagefind: {
    /** Words of context around a match in a result's excerpt. */
    excerptLength: 22,
    ranking: {
      // Titles and the symptom names and lay names (meta "keywords") outrank a passing mention.
      metaWeights: { title: 6, keywords: 3 },
      termFrequency: 0.6,
      pageLength: 0.6,
    },
  },
  /** Results shown in the header dropdown and on /search/. */
  maxResults: { dropdown: 5, page: 10 },
  /** How long typing must pause before a search runs (a ?q= in the address runs at once). */
  debounceMs: 150,
  typos: {
    /** How much better the mended word must match before we believe it was a typo. */
    scoreRatio: 4,
    /** Edits allowed between a typed word and a vocabulary word, by the typed word's length. */
    allowance: (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0),
  },
  fallback: {
    /** Below this many articles, each key word is also searched on its own. */
    enough: 3,
    /** Reciprocal rank fusion constant: small, so a word's top hit counts for a lot. */
    rrfK: 3,
  },
  /** A query is cut to this many characters when it is repeated back to the reader. */
  echoMax: 60,
} as const;
