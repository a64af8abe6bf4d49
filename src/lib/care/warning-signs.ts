import type { CareLevel, WarningSet } from '../schemas/warning-sign.ts';
import { CARE_LEVEL_ORDER } from './care-levels.ts';
import type { Source } from '../schemas/source.ts';

/**
 * Merging the warning-sign sets an article includes with the signs that
 * belong to it alone, into what its care cards show. Pure, so the rules (order
 * by level, nothing twice, never one sign at two levels) are unit-tested.
 */

export interface ShownSign {
  /** The set's sign id, or `own-<n>` for an article's own sign. */
  id: string;
  level: CareLevel;
  text: string;
  /** The set it came from; undefined for an article's own sign. */
  set?: string;
  sources: Source[];
}

export type CareList = Record<CareLevel, ShownSign[]>;

export interface NamedSet {
  id: string;
  data: WarningSet;
}

/** Signs compared by their words, so "You ..." written twice is caught however it is spaced or ended. */
export const signKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export class WarningSignConflict extends Error {}

/**
 * The merged list, by level: sets in the order given, then the article's own
 * signs. A sign in two sets (same id) or written again by the article (same
 * words) is shown once; the same sign at two levels is an error, because the
 * reader would be told two speeds.
 */
export function mergeWarningSigns(sets: NamedSet[], own: Partial<Record<CareLevel, readonly string[]>> = {}): CareList {
  const byId = new Map<string, ShownSign>();
  const byText = new Map<string, ShownSign>();
  const add = (sign: ShownSign, where: string) => {
    const key = signKey(sign.text);
    const seen = byId.get(sign.id) ?? byText.get(key);
    if (seen) {
      if (seen.level !== sign.level) {
        throw new WarningSignConflict(
          `${where}: the sign "${sign.text}" is ${sign.level} here but ${seen.level} in ${seen.set ? `the "${seen.set}" set` : 'the article'}; a sign can have only one level`,
        );
      }
      return;
    }
    byId.set(sign.id, sign);
    byText.set(key, sign);
  };
  for (const { id: setId, data } of sets) {
    for (const s of data.signs) {
      add(
        { id: s.id, level: s.level, text: s.text, set: setId, sources: s.sources.map((k) => data.sources[k]!) },
        `warning-sign set "${setId}"`,
      );
    }
  }
  let n = 0;
  for (const level of CARE_LEVEL_ORDER) {
    for (const text of own[level] ?? []) add({ id: `own-${++n}`, level, text, sources: [] }, `care.${level}`);
  }
  const list: CareList = { emergency: [], urgent: [], doctor: [] };
  for (const sign of byId.values()) list[sign.level].push(sign);
  return list;
}

/** The sources behind the signs shown, once each, in the order first shown. */
export function signSources(list: CareList): Source[] {
  const seen = new Map<string, Source>();
  for (const level of CARE_LEVEL_ORDER) for (const s of list[level]) for (const src of s.sources) if (!seen.has(src.url)) seen.set(src.url, src);
  return [...seen.values()];
}
