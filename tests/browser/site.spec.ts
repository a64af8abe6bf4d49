import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test('an article renders its title, dates, sections with anchors, care cards, sources and notice', async ({ page }) => {
  await page.goto('/articles/urgent-back-pain/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Back pain that needs urgent care', { useInnerText: true });
  await expect(page.locator('.review-dates')).toHaveText(/last reviewed: \d+ \w+ 20\d\d[\s\S]*Next review due/i, { useInnerText: true });
  const sections = page.locator('.article-body h2[id]');
  expect(await sections.count(), 'too few sections').toBeGreaterThanOrEqual(3);
  const firstId = await sections.first().getAttribute('id');
  const anchor = page.locator(`a.heading-anchor[href="#${firstId}"]`);
  await expect(anchor, 'the first section has no visible anchor link').toHaveCount(1);
  await expect(anchor).toHaveText(/Copy link to section/, { useInnerText: true });
  expect(await page.locator('.toc a').count(), 'no table of contents').toBeGreaterThanOrEqual(4);
  const emergency = page.locator('.care-card.emergency');
  await expect(emergency.locator('h3')).toHaveText(/Emergency/i, { useInnerText: true });
  await expect(emergency).toContainText(/Call your local emergency number \(999 UK, 911 US, 112 EU\)/, { useInnerText: true });
  await expect(emergency.locator('a'), 'an emergency card links away').toHaveCount(0);
  expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.disclaimer')).toHaveText(/information, not a diagnosis/i, { useInnerText: true });
  expect(await page.locator('.related li').count(), 'no related articles').toBeGreaterThanOrEqual(1);
  expect(await page.locator('.footnotes li').count(), 'no footnotes').toBeGreaterThanOrEqual(1);
});

test('every page type says it is information, not a diagnosis', async ({ page }) => {
  for (const path of ['/', '/articles/', '/symptoms/', '/symptoms/sciatica/', '/search/', '/about/', '/no-such-page/']) {
    await page.goto(path);
    await expect(page.locator('.disclaimer'), path).toHaveText(/information, not a diagnosis/i, { useInnerText: true });
  }
});

test('the header search finds "Eyelid twitching" for "eyelid" and its link opens the page', async ({ page }) => {
  // That Pagefind waits for a search to begin is the budgets test's, on every kind of page.
  await page.goto('/');
  await page.locator('#header-q').fill('eyelid');
  const first = page.locator('#header-search-results .search-result a').first();
  await expect(first).toHaveText('Eyelid twitching', { useInnerText: true });
  await expect(page.locator('#header-search-results mark').first(), 'the excerpt has no highlight').toBeAttached();
  await first.click();
  await expect(page).toHaveURL(/\/articles\/eyelid-twitching\/$/);
  await expect(page.locator('h1')).toHaveText('Eyelid twitching', { useInnerText: true });
});

/** Opens the header dropdown with "/" and types a query, as a reader would; waits for the results of the whole query. */
async function searchFromHeader(page: Page, query: string) {
  await page.goto('/about/');
  await page.keyboard.press('/');
  await expect(page.locator('#header-q')).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.locator('#header-search-results .search-result').first()).toBeVisible();
  await expect(page.locator('#header-search-results [role="status"]')).toHaveText(new RegExp(`\\d+ results? for “${query}”`), { useInnerText: true });
  await expect(page.locator('#header-search-results')).toBeVisible();
}

test('search works by keyboard alone: "/" to focus, type, arrow down, Enter opens', async ({ page }) => {
  await searchFromHeader(page, 'calf cramp');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('*:focus')).toHaveAttribute('href', /^\/articles\/night-leg-cramps\//);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/night-leg-cramps\//);
});

test('Escape closes the dropdown and leaves focus in the box', async ({ page }) => {
  await searchFromHeader(page, 'calf cramp');
  await page.keyboard.press('Escape');
  await expect(page.locator('#header-search-results')).toBeHidden();
  await expect(page.locator('#header-q')).toBeFocused();
});

test('after Escape, the query stays and the down arrow goes back into the results', async ({ page }) => {
  await searchFromHeader(page, 'calf cramp');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1_000); // a reader's pause, well past the typing debounce
  await expect(page.locator('#header-q')).toHaveValue('calf cramp');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('*:focus')).toHaveAttribute('href', /^\/articles\/night-leg-cramps\//);
});

test('a query that matches nothing says so and offers the symptom A-Z', async ({ page }) => {
  await page.goto('/search/?q=xylophone+quasar');
  const none = page.locator('.no-results');
  await expect(none).toBeVisible();
  await expect(none).toHaveText(/No articles match/, { useInnerText: true });
  await expect(none.locator('a[href="/symptoms/"]')).toHaveCount(1);
});

test('the 404 page shows, with search and the symptom list', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(/could not find that page/i, { useInnerText: true });
  await expect(page.locator('main form[action="/search/"]')).toHaveCount(1);
  expect(await page.locator('.symptom-index li').count()).toBeGreaterThan(10);
});
