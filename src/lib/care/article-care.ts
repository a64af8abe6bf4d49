import type { Article } from '../content/articles.ts';
import type { WarningSet } from '../schemas/warning-sign.ts';
import { mergeWarningSigns, WarningSignConflict, type CareList } from './warning-signs.ts';

/**
 * An article's care cards: the sets it names plus its own signs. A conflict
 * (one sign at two levels) stops the build naming the article's file, since a
 * page that tells a reader two speeds must not be published.
 */
export function careFor(article: Pick<Article, 'id' | 'filePath' | 'data'>, sets: ReadonlyMap<string, WarningSet>): CareList {
  const file = article.filePath ?? article.id;
  const named = article.data.warningSigns.map((id) => {
    const data = sets.get(id);
    if (!data) throw new Error(`${file}: warningSigns: there is no warning-sign set called "${id}" in content/warning-signs/`);
    return { id, data };
  });
  try {
    return mergeWarningSigns(named, article.data.care ?? {});
  } catch (e) {
    if (e instanceof WarningSignConflict) throw new Error(`${file}: ${e.message}`);
    throw e;
  }
}
