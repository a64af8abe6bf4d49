import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface QueryRow {
  query: string;
  expected: string;
  kind: string;
}

/** The lay query set, tests/search/queries.tsv (query, expected article slug, kind): data for the quality test and the search benchmark. */
export const QUERIES_FILE = path.join(ROOT, 'tests', 'search', 'queries.tsv');

export function loadQueries(): QueryRow[] {
  const text = readFileSync(QUERIES_FILE, 'utf8');
  const [, ...rows] = text.trim().split('\n');
  return rows.map((line) => {
    const [query = '', expected = '', kind = ''] = line.split('\t');
    return { query, expected, kind };
  });
}
