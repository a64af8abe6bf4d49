import { getCollection } from 'astro:content';
import type { SearchableSign } from '../lib/search/warning-match.ts';

/**
 * Every warning sign with the phrases a reader might search with, for the
 * search callout. Built from the same sets the care cards show, so a sign
 * fixed in its YAML file is fixed in search too. Fetched only when a reader
 * starts a search.
 */
export async function GET() {
  const sets = await getCollection('warningSigns');
  const signs: SearchableSign[] = sets.flatMap((set) =>
    set.data.signs.map(({ id, level, text, phrases }) => ({ id, level, text, phrases })),
  );
  return new Response(JSON.stringify(signs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
