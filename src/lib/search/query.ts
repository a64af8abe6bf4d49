import { SYMPTOMS, type Symptom } from '../symptoms/symptoms.ts';
import { SEARCH } from './config.ts';

/**
 * Query helpers for the search box, kept free of the DOM so they are unit
 * tested: normalising what people type, the site's own vocabulary (symptom
 * names and lay names) and the closest known word to a typo.
 */

export function normaliseQuery(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(\w)'(\w)/g, '$1$2') // can't -> cant, won't -> wont
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word the site's vocabulary knows, lower case, from symptom names and lay names. */
export function vocabulary(symptoms: Record<string, Symptom> = SYMPTOMS, extra: readonly string[] = []): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of normaliseQuery(text).split(/[\s-]+/)) if (w.length > 2) words.add(w);
  };
  for (const s of Object.values(symptoms)) {
    add(s.name);
    s.lay.forEach(add);
  }
  extra.forEach(add);
  return words;
}

/** Optimal string alignment distance: edits, with a swap of two neighbours as one edit. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many edits a word of this length may need and still count as a typo of a known word. */
const allowance = SEARCH.typos.allowance;

/** The closest known word, or undefined when nothing is near enough. */
export function closestWord(word: string, words: ReadonlySet<string>): string | undefined {
  const max = allowance(word.length);
  if (max === 0 || words.has(word)) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of words) {
    const dist = editDistance(word, candidate, max);
    if (dist < bestDistance || (dist === bestDistance && best && candidate.length < best.length)) {
      best = candidate;
      bestDistance = dist;
    }
  }
  return bestDistance <= max ? best : undefined;
}

/** Words that carry no meaning for search; dropped when a full query finds nothing. */
const STOP_WORDS = new Set(
  'a an and are at be been but by can do does for from get got had has have how i im in is it its keep keeps me my of on or so that the this to up was what when where which why will with wont you your'.split(' '),
);

export function contentWords(query: string): string[] {
  return normaliseQuery(query)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w));
}
