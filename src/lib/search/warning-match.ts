import { normaliseQuery } from './query.ts';
import { CARE_LEVEL_ORDER, type CareLevel } from '../care/care-levels.ts';

/**
 * Safety in search: when what a reader types describes a warning sign, the
 * search shows that sign's instruction above the results. The phrases come
 * from the warning-sign sets (content/warning-signs/), never from a list here.
 *
 * A phrase matches when every one of its words is in the query, in any order;
 * a phrase word of 4 letters or more also matches a longer query word it
 * begins ("swollen calf" matches "my calf is swollen", "breathless" matches
 * "breathlessness"), and a query word with a plain ending taken off ("ending"
 * matches "end"). Phrases are short and specific, so an ordinary query
 * ("lower back pain") matches none.
 */

export interface SearchableSign {
  id: string;
  level: CareLevel;
  text: string;
  phrases: string[];
}

/** Words as the search box normalises them, with "can't"/"cannot"/"cant" made one word. */
export function signWords(text: string): string[] {
  return normaliseQuery(text)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => (w === 'cannot' ? 'cant' : w));
}

/** A query word with a plain English ending taken off: "ending" also counts as "end", "pees" as "pee". */
const stem = (w: string) => w.replace(/(?<=...)(ing|ed|es|s)$/, '');

const wordMatches = (phraseWord: string, queryWord: string) =>
  queryWord === phraseWord || stem(queryWord) === phraseWord || (phraseWord.length >= 4 && queryWord.startsWith(phraseWord));

export function phraseMatches(phrase: string, queryWords: readonly string[]): boolean {
  const words = signWords(phrase);
  return words.length > 0 && words.every((p) => queryWords.some((q) => wordMatches(p, q)));
}

/** The signs a query describes, most urgent first, each once. */
export function matchWarningSigns(query: string, signs: readonly SearchableSign[]): SearchableSign[] {
  const words = signWords(query);
  if (!words.length) return [];
  const hits = signs.filter((s) => s.phrases.some((p) => phraseMatches(p, words)));
  return hits.sort((a, b) => CARE_LEVEL_ORDER.indexOf(a.level) - CARE_LEVEL_ORDER.indexOf(b.level));
}
