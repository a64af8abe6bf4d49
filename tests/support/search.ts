import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface QueryRow {
  query: string;
  expected: string;
  kind: string;
}

/** The search quality set: tests/search/queries.tsv (query, expected article slug, kind). */
export function loadQueries(): QueryRow[] {
  const text = readFileSync(new URL('../search/queries.tsv', import.meta.url), 'utf8');
  const [, ...rows] = text.trim().split('\n');
  return rows.map((line) => {
    const [query = '', expected = '', kind = ''] = line.split('\t');
    return { query, expected, kind };
  });
}

/**
 * Runs a query through the real search page (real UI, real Pagefind index) and
 * returns the article slugs of the results, best first.
 */
export async function searchSlugs(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').length > 0, null, {
    timeout: 10_000,
  });
  const hrefs = await page.$$eval('.search-result .result-title a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /\/articles\/([^/]+)\//.exec(h)?.[1] ?? h);
}

/** The query straight into Pagefind's JS API on the current page, with its default settings. */
export async function bareSearchSlugs(page: Page, query: string): Promise<string[]> {
  const urls = await page.evaluate(async (q) => {
    const url = '/pagefind/pagefind.js';
    const pf = await import(url);
    const search = await pf.search(q);
    return Promise.all(search.results.slice(0, 10).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  }, query);
  return urls.map((h: string) => /\/articles\/([^/]+)\//.exec(h)?.[1] ?? h);
}
