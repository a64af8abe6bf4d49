import type { Page } from '@playwright/test';

const slug = (href: string) => /\/articles\/([^/]+)\//.exec(href)?.[1] ?? href;

/**
 * Runs a query through the real search page (real UI, real Pagefind index) and
 * returns the article slugs of the results, best first.
 */
export async function searchSlugs(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').length > 0, null, { timeout: 10_000 });
  const hrefs = await page.locator('.search-result .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map(slug);
}

/** The query straight into Pagefind's JS API on the current page, with its default settings. */
export async function bareSearchSlugs(page: Page, query: string): Promise<string[]> {
  const urls = await page.evaluate(async (q) => {
    const url = '/pagefind/pagefind.js';
    const pf = await import(url);
    const search = await pf.search(q);
    return Promise.all(search.results.slice(0, 10).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  }, query);
  return urls.map(slug);
}
