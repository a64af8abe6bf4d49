import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext } from '../support/browser.ts';
import { useSiteAndBrowser } from '../support/fixtures.ts';

const site = useSiteAndBrowser();

test('an article renders its title, dates, sections with anchors, care cards, sources and notice', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/articles/urgent-back-pain/'));
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('h1').innerText(), 'Back pain that needs urgent care');
  assert.match(await page.locator('.review-dates').innerText(), /last reviewed: \d+ \w+ 20\d\d[\s\S]*Next review due/i);
  const sections = page.locator('.article-body h2[id]');
  assert.ok((await sections.count()) >= 3, 'too few sections');
  const firstId = await sections.first().getAttribute('id');
  const anchor = page.locator(`a.heading-anchor[href="#${firstId}"]`);
  assert.equal(await anchor.count(), 1, 'the first section has no visible anchor link');
  assert.match(await anchor.innerText(), /Copy link to section/);
  assert.equal(await page.locator('.toc a').count() >= 4, true, 'no table of contents');
  const emergency = page.locator('.care-card.emergency');
  assert.match(await emergency.locator('h3').innerText(), /Emergency/i);
  assert.match(await emergency.innerText(), /Call your local emergency number \(999 UK, 911 US, 112 EU\)/);
  assert.equal(await emergency.locator('a').count(), 0, 'an emergency card links away');
  assert.ok((await page.locator('.sources li').count()) >= 2);
  assert.match(await page.locator('.disclaimer').innerText(), /information, not a diagnosis/i);
  assert.ok((await page.locator('.related li').count()) >= 1, 'no related articles');
  assert.ok((await page.locator('.footnotes li').count()) >= 1, 'no footnotes');
  await context.close();
});

test('every page type says it is information, not a diagnosis', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  for (const path of ['/', '/articles/', '/symptoms/', '/symptoms/sciatica/', '/search/', '/about/', '/no-such-page/']) {
    await page.goto(site.server().url(path));
    assert.match(await page.locator('.disclaimer').innerText(), /information, not a diagnosis/i, path);
  }
  await context.close();
});

test('the header search finds "Eyelid twitching" for "eyelid" and its link opens the page', async () => {
  const { context, requests } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/'));
  assert.equal(requests.some((u) => u.includes('/pagefind/')), false, 'Pagefind loaded before a search began');
  await page.locator('#header-q').fill('eyelid');
  const first = page.locator('#header-search-results .search-result a').first();
  await first.waitFor();
  assert.equal(await first.innerText(), 'Eyelid twitching');
  assert.ok(await page.locator('#header-search-results mark').count(), 'the excerpt has no highlight');
  await first.click();
  await page.waitForURL(/\/articles\/eyelid-twitching\/$/);
  assert.equal(await page.locator('h1').innerText(), 'Eyelid twitching');
  await context.close();
});

test('search works by keyboard alone: "/" to focus, type, arrow down, Enter opens, Escape closes', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/about/'));
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'header-q');
  await page.keyboard.type('calf cramp');
  await page.locator('#header-search-results .search-result').first().waitFor();
  assert.match(await page.locator('#header-search-results [role="status"]').innerText(), /\d+ results? for/);
  assert.equal(await page.locator('#header-search-results').isVisible(), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#header-search-results').isHidden(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'header-q');
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  assert.match(focused ?? '', /^\/articles\/night-leg-cramps\//);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/articles\/night-leg-cramps\//);
  await context.close();
});

test('a query that matches nothing says so and offers the symptom A-Z', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url('/search/?q=xylophone+quasar'));
  const none = page.locator('.no-results');
  await none.waitFor();
  assert.match(await none.innerText(), /No articles match/);
  assert.equal(await none.locator('a[href="/symptoms/"]').count(), 1);
  await context.close();
});

test('the 404 page shows, with search and the symptom list', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  const response = await page.goto(site.server().url('/articles/no-such-article/'));
  assert.equal(response?.status(), 404);
  assert.match(await page.locator('h1').innerText(), /could not find that page/i);
  assert.equal(await page.locator('main form[action="/search/"]').count(), 1);
  assert.ok((await page.locator('.symptom-index li').count()) > 10);
  await context.close();
});
