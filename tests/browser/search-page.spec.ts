import { expect, test } from './fixtures.ts';

test('results show title, description, highlighted excerpt and links to matching sections', async ({ page }) => {
  await page.goto('/search/?q=cauda+equina');
  const first = page.locator('.search-result').first();
  await expect(first).toBeVisible();
  await expect(first.locator('.result-title a')).toHaveAttribute('href', /^\/articles\/urgent-back-pain\/$/);
  expect((await first.locator('.result-description').innerText()).length).toBeGreaterThan(20);
  await expect(first.locator('.result-excerpt mark').first()).toBeAttached();
  await expect(first.locator('.result-sections a').first()).toHaveAttribute('href', /^\/articles\/urgent-back-pain\/#[a-z0-9-]+$/);
});

test('typing updates the URL; a symptom filter narrows results; Back returns to the previous search', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill('pain');
  await expect(page).toHaveURL(/\?q=pain$/);
  const results = page.locator('.search-result');
  await expect(results.first()).toBeVisible();
  const unfiltered = await results.count();
  await page.locator('summary', { hasText: 'Filter by symptom' }).click();
  await page.getByLabel('Sciatica', { exact: true }).check();
  await expect(page).toHaveURL(/\?q=pain&symptom=Sciatica$/);
  await expect.poll(() => results.count()).toBeLessThan(unfiltered);
  const filtered = await page.locator('.search-result .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(filtered, `filtered: ${filtered.join(', ')}`).toContain('/articles/sciatica/');
  expect(filtered, 'an article without the symptom survived the filter').not.toContain('/articles/long-term-pain/');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=pain$/);
  await expect(page.getByLabel('Sciatica', { exact: true })).not.toBeChecked();
  await expect(results).toHaveCount(unfiltered);
});

test('a shared search link opens with its query and results', async ({ page }) => {
  await page.goto('/search/?q=calf+cramp');
  await expect(page.locator('#search-q')).toHaveValue('calf cramp');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(page.locator('.search-status')).toHaveText(/results? for “calf cramp”/, { useInnerText: true });
});

test('a misspelt query finds the right article and says what it searched for instead', async ({ page }) => {
  await page.goto('/search/?q=insomina+and+pain');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(page.locator('.search-status')).toHaveText(/for “insomnia and pain”.*instead/, { useInnerText: true });
});

test('screen readers hear the result count through a live region', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill('sciatica');
  await expect(page.locator('.search-panel [role="status"]')).toHaveText(/\d+ results? for “sciatica”/, { useInnerText: true });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form goes to /search/ and that page offers the symptom A-Z', async ({ page }) => {
    await page.goto('/about/');
    await page.locator('#header-q').fill('back pain');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=back\+pain$/);
    // Without JavaScript nothing can show results: the page says so and points to the A-Z.
    const notice = page.locator('.noscript-search');
    await expect(notice, 'no message says that results need JavaScript').toBeVisible();
    await expect(notice).toContainText(/need JavaScript/, { useInnerText: true });
    await expect(notice.locator('a[href="#browse-heading"]')).toHaveCount(1);
    expect(await page.locator('.symptom-index a[href^="/symptoms/"]').count()).toBeGreaterThanOrEqual(20);
    await expect(page.locator('#browse-heading')).toBeVisible();
  });

  test('symptom filters still submit with the query', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#search-q').fill('pain');
    await page.locator('summary', { hasText: 'Filter by symptom' }).click();
    await page.getByLabel('Sciatica', { exact: true }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=pain&symptom=Sciatica$/);
  });
});

test('an article about the query outranks one that mentions it in passing', async ({ page }) => {
  for (const [query, slug] of [['magnesium', 'magnesium-and-supplements-for-cramps'], ['sciatica', 'sciatica'], ['charley horse', 'night-leg-cramps']]) {
    await page.goto(`/search/?q=${encodeURIComponent(query!)}`);
    await expect(page.locator('.search-result').first()).toBeVisible();
    const hrefs = await page.locator('.search-result .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length, `only one result for ${query}, so ranking is not tested`).toBeGreaterThan(1);
    expect(hrefs[0], `${query}: ${hrefs.join(', ')}`).toBe(`/articles/${slug}/`);
  }
});

test('lay names and misspellings reach search without showing on the page or being read out', async ({ page }) => {
  await page.goto('/articles/night-leg-cramps/');
  await expect(page.locator('body'), 'misspellings show on the page').not.toContainText(/charlie horse|leg cramps nite/i, { useInnerText: true });
  await expect(page.locator('head meta[data-pagefind-meta^="keywords"]')).toHaveAttribute('content', /charlie horse/);
});

test('an emoji-only search says what to type instead of showing nothing', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('😣🤕')}`);
  await expect(page.locator('.search-panel .search-status')).toHaveText(/Type a word to search for/, { useInnerText: true });
});

test('a very long query is not echoed in full', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill(`back pain ${'and more words '.repeat(350)}`);
  const status = page.locator('.search-panel .search-status');
  await expect(status).toHaveText(/./, { useInnerText: true });
  const text = await status.innerText();
  expect(text.length, `the status line is ${text.length} characters long`).toBeLessThan(200);
  expect(text).toMatch(/…/);
});
