import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext } from '../support/browser.ts';
import { useSiteAndBrowser } from '../support/fixtures.ts';

const site = useSiteAndBrowser();

test('results show title, description, highlighted excerpt and links to matching sections', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/search/?q=cauda+equina'));
  const first = page.locator('.search-result').first();
  await first.waitFor();
  assert.match(await first.locator('.result-title a').getAttribute('href') ?? '', /^\/articles\/urgent-back-pain\/$/);
  assert.ok((await first.locator('.result-description').innerText()).length > 20);
  assert.ok(await first.locator('.result-excerpt mark').count());
  const section = first.locator('.result-sections a').first();
  assert.match((await section.getAttribute('href')) ?? '', /^\/articles\/urgent-back-pain\/#[a-z0-9-]+$/);
  await context.close();
});

test('typing updates the URL; a symptom filter narrows results; Back returns to the previous search', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/search/'));
  await page.locator('#search-q').fill('pain');
  await page.waitForURL(/\?q=pain$/);
  await page.locator('.search-result').first().waitFor();
  const unfiltered = await page.locator('.search-result').count();
  await page.locator('summary', { hasText: 'Filter by symptom' }).click();
  await page.getByLabel('Sciatica', { exact: true }).check();
  await page.waitForURL(/\?q=pain&symptom=Sciatica$/);
  await page.waitForFunction((n) => document.querySelectorAll('.search-result').length < n, unfiltered);
  const filtered = await page.$$eval('.search-result .result-title a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(filtered.includes('/articles/sciatica/'), `filtered: ${filtered.join(', ')}`);
  assert.ok(!filtered.includes('/articles/long-term-pain/'), 'an article without the symptom survived the filter');
  await page.goBack();
  await page.waitForURL(/\?q=pain$/);
  assert.equal(await page.getByLabel('Sciatica', { exact: true }).isChecked(), false);
  await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, unfiltered);
  await context.close();
});

test('a shared search link opens with its query and results', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/search/?q=calf+cramp'));
  assert.equal(await page.locator('#search-q').inputValue(), 'calf cramp');
  await page.locator('.search-result').first().waitFor();
  assert.match(await page.locator('.search-status').innerText(), /results? for “calf cramp”/);
  await context.close();
});

test('a misspelt query finds the right article and says what it searched for instead', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/search/?q=insomina+and+pain'));
  await page.locator('.search-result').first().waitFor();
  assert.match(await page.locator('.search-status').innerText(), /for “insomnia and pain”.*instead/);
  await context.close();
});

test('screen readers hear the result count through a live region', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/search/'));
  await page.locator('#search-q').fill('sciatica');
  const status = page.locator('.search-panel [role="status"]');
  await page.waitForFunction(() => /\d+ results? for/.test(document.querySelector('.search-panel [role="status"]')?.textContent ?? ''));
  assert.match(await status.innerText(), /\d+ results? for “sciatica”/);
  await context.close();
});

test('with JavaScript off, the header form goes to /search/ and that page offers the symptom A-Z', async () => {
  const { context } = await newContext(site.browser(), { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server().url('/about/'));
  await page.locator('#header-q').fill('back pain');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=back\+pain$/);
  // Without JavaScript nothing can show results: the page says so and points to the A-Z.
  const notice = page.locator('.noscript-search');
  assert.equal(await notice.isVisible(), true, 'no message says that results need JavaScript');
  assert.match(await notice.innerText(), /need JavaScript/);
  assert.equal(await notice.locator('a[href="#browse-heading"]').count(), 1);
  assert.ok((await page.locator('.symptom-index a[href^="/symptoms/"]').count()) >= 20);
  assert.equal(await page.locator('#browse-heading').isVisible(), true);
  await context.close();
});

test('an article about the query outranks one that mentions it in passing', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  for (const [query, slug] of [['magnesium', 'magnesium-and-supplements-for-cramps'], ['sciatica', 'sciatica'], ['charley horse', 'night-leg-cramps']]) {
    await page.goto(site.server().url(`/search/?q=${encodeURIComponent(query!)}`));
    await page.locator('.search-result').first().waitFor();
    const hrefs = await page.$$eval('.search-result .result-title a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 1, `only one result for ${query}, so ranking is not tested`);
    assert.equal(hrefs[0], `/articles/${slug}/`, `${query}: ${hrefs.join(', ')}`);
  }
  await context.close();
});

test('lay names and misspellings reach search without showing on the page or being read out', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/articles/night-leg-cramps/'));
  const visible = await page.locator('body').innerText();
  assert.doesNotMatch(visible, /charlie horse|leg cramps nite/i, 'misspellings show on the page');
  const keywords = await page.locator('head meta[data-pagefind-meta^="keywords"]').getAttribute('content');
  assert.match(keywords ?? '', /charlie horse/);
  await context.close();
});

test('with JavaScript off, symptom filters still submit with the query', async () => {
  const { context } = await newContext(site.browser(), { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server().url('/search/'));
  await page.locator('#search-q').fill('pain');
  await page.locator('summary', { hasText: 'Filter by symptom' }).click();
  await page.getByLabel('Sciatica', { exact: true }).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/\/search\/\?q=pain&symptom=Sciatica$/);
  await context.close();
});

test('an emoji-only search says what to type instead of showing nothing', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url(`/search/?q=${encodeURIComponent('😣🤕')}`));
  await page.waitForFunction(() => (document.querySelector('.search-panel .search-status')?.textContent ?? '').length > 0);
  assert.match(await page.locator('.search-panel .search-status').innerText(), /Type a word to search for/);
  await context.close();
});

test('a very long query is not echoed in full', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/search/'));
  await page.locator('#search-q').fill(`back pain ${'and more words '.repeat(350)}`);
  await page.waitForFunction(() => (document.querySelector('.search-panel .search-status')?.textContent ?? '').length > 0);
  const status = await page.locator('.search-panel .search-status').innerText();
  assert.ok(status.length < 200, `the status line is ${status.length} characters long`);
  assert.match(status, /…/);
  await context.close();
});
