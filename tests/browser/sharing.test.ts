import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, newContext } from '../support/browser.ts';
import { useSiteAndBrowser } from '../support/fixtures.ts';

const site = useSiteAndBrowser();
const ARTICLE = '/articles/night-leg-cramps/';

async function clipboardContext() {
  const origin = site.server().origin;
  const { context } = await newContext(site.browser(), { viewport: DESKTOP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}

test('"copy link to this section" copies the full URL with its #fragment and says "Link copied"', async () => {
  const context = await clipboardContext();
  const page = await context.newPage();
  await page.goto(site.server().url(ARTICLE));
  const heading = page.locator('.article-body h2[id]').nth(1);
  const id = await heading.getAttribute('id');
  const anchor = page.locator(`a.heading-anchor[href="#${id}"]`);
  await anchor.focus(); // reachable by keyboard
  await page.keyboard.press('Enter');
  await page.locator('[role="status"]', { hasText: 'Link copied' }).waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), site.server().url(`${ARTICLE}#${id}`));
  assert.match(await page.locator('.copied-tip').innerText(), /Link copied/);
  assert.equal(new URL(page.url()).hash, `#${id}`);
  await context.close();
});

test('the Share button copies the article link where the browser cannot share', async () => {
  const context = await clipboardContext();
  const page = await context.newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
  await page.goto(site.server().url(ARTICLE));
  const button = page.locator('[data-share]');
  assert.equal(await button.innerText(), 'Copy link');
  await button.click();
  await page.locator('[role="status"]', { hasText: 'Link copied' }).waitFor({ state: 'attached' });
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /\/articles\/night-leg-cramps\/$/);
  assert.match((await page.locator('a', { hasText: 'Email' }).getAttribute('href')) ?? '', /^mailto:\?subject=Night%20leg%20cramps/);
  assert.match((await page.locator('a', { hasText: 'WhatsApp' }).getAttribute('href')) ?? '', /^https:\/\/wa\.me\/\?text=/);
  await context.close();
});

test('the Share button uses the share sheet where there is one', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      value: async (data: ShareData) => ((window as any).__shared = data),
    });
  });
  await page.goto(site.server().url(ARTICLE));
  const button = page.locator('[data-share]');
  assert.equal(await button.innerText(), 'Share');
  await button.click();
  const shared = await page.waitForFunction(() => (window as any).__shared);
  assert.match((await shared.jsonValue()).url, /\/articles\/night-leg-cramps\/$/);
  await context.close();
});

test('opening a link to a section puts that heading in view and highlights it', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url(ARTICLE));
  const id = await page.locator('.article-body h2[id]').nth(1).getAttribute('id');
  assert.ok(id, 'the section has no id');
  await page.goto(site.server().url(`${ARTICLE}#${id}`));
  const heading = page.locator(`[id="${id}"]`);
  // Smooth scrolling takes a moment: wait for the heading to come to rest near the top.
  await page.waitForFunction((i) => {
    const r = document.getElementById(i)!.getBoundingClientRect();
    return r.top >= 0 && r.top < 120;
  }, id);
  assert.equal(await page.evaluate((i) => document.getElementById(i)!.matches(':target'), id), true);
  const bg = await heading.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the target heading is not highlighted');
  await context.close();
});

test('an old address answers 301 and the browser lands on the article', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  const response = await page.goto(site.server().url('/articles/leg-cramps/'));
  const hop = response!.request().redirectedFrom();
  assert.equal((await hop?.response())?.status(), 301, 'no 301: the meta-refresh page answered');
  await page.waitForURL(/\/articles\/night-leg-cramps\/$/);
  assert.equal(await page.locator('h1').innerText(), 'Night leg cramps');
  await context.close();
});

test('an article prints clean: no header, search or share buttons; the URL and review date are there', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(site.server().url(ARTICLE));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.header-search', '.share', '.site-footer', '.heading-anchor', '.related']) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} shows in print`);
  }
  const note = page.locator('.print-only');
  assert.equal(await note.isVisible(), true);
  assert.match(await note.innerText(), /Printed from https?:\/\/.+\/articles\/night-leg-cramps\/\. Page last reviewed \d+ \w+ 20\d\d/);
  const after = await page.locator('.sources li a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, /https:/, 'source links do not print their address');
  await context.close();
});

test('with JavaScript off, the Share button (which needs a script) is not shown; the plain links are', async () => {
  const { context } = await newContext(site.browser(), { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server().url('/articles/sciatica/'));
  assert.equal(await page.locator('[data-share]').isVisible(), false, 'a dead Share button shows without JavaScript');
  assert.equal(await page.locator('.share a', { hasText: 'Email' }).isVisible(), true);
  await context.close();
});
