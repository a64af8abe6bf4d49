import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newContext } from '../support/browser.ts';
import { useSiteAndBrowser } from '../support/fixtures.ts';

/**
 * Safety in search: a query that describes a warning sign shows that sign's
 * instruction, at its level, above the results, on the search page and in the
 * header dropdown; an ordinary query shows none. Keyboard only.
 */
const site = useSiteAndBrowser();

const WARNING_QUERIES: [query: string, level: string][] = [
  ['numb bum and back pain', 'emergency'],
  ['my calf is swollen and hot', 'urgent'],
  ['thinking about ending my life', 'emergency'],
];
const ORDINARY_QUERIES = ['lower back pain', 'calf cramp at night', 'eyelid twitching stress'];

/** Types into the focused box key by key, as a reader would, and waits for the results of the whole query. */
async function type(page: Page, text: string, scope: string) {
  await page.keyboard.type(text, { delay: 10 });
  await page.waitForFunction(
    ([scope, text]) => (document.querySelector(`${scope} .search-status`)?.textContent ?? '').includes(`“${text}”`),
    [scope, text] as const,
  );
}

/** The warning box's level and whether it sits above every result. */
async function warningState(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const root = document.querySelector(scope)!;
    const boxes = [...root.querySelectorAll<HTMLElement>('.search-warning')];
    const firstResult = root.querySelector('.search-result');
    return {
      levels: boxes.map((b) => b.dataset.careLevel),
      visible: boxes.every((b) => b.offsetParent !== null),
      above: !!firstResult && boxes.every((b) => b.compareDocumentPosition(firstResult) & Node.DOCUMENT_POSITION_FOLLOWING),
      linksInEmergency: root.querySelectorAll('.search-warning.emergency a').length,
      text: boxes.map((b) => b.innerText).join('\n'),
    };
  }, scope);
}

test('on the search page, warning-sign queries show the sign above the results at its level', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  for (const [query, level] of WARNING_QUERIES) {
    await page.goto(site.server().url('/search/'));
    await page.keyboard.press('Tab'); // skip link
    await page.locator('#search-q').focus();
    await type(page, query, '.search-panel');
    const state = await warningState(page, '.search-panel');
    assert.equal(state.levels[0], level, `${query}: ${state.levels.join(', ')}`);
    assert.ok(state.visible && state.above, `${query}: the warning is not shown above the results`);
    assert.equal(state.linksInEmergency, 0, `${query}: the emergency box links away`);
    if (level === 'emergency') assert.match(state.text, /Call your local emergency number/);
  }
  await context.close();
});

test('on the search page, ordinary queries show no warning box', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  for (const query of ORDINARY_QUERIES) {
    await page.goto(site.server().url('/search/'));
    await page.locator('#search-q').focus();
    await type(page, query, '.search-panel');
    assert.equal(await page.locator('.search-panel .search-warning').count(), 0, `${query} shows a warning`);
  }
  await context.close();
});

test('in the header dropdown, opened with "/", the same queries show the same boxes', async () => {
  const { context } = await newContext(site.browser());
  const page = await context.newPage();
  for (const [query, level] of WARNING_QUERIES) {
    await page.goto(site.server().url('/about/'));
    await page.keyboard.press('/');
    await type(page, query, '.search-dropdown');
    const state = await warningState(page, '.search-dropdown');
    assert.equal(state.levels[0], level, `${query}: ${state.levels.join(', ')}`);
    assert.ok(state.visible && state.above, `${query}: the warning is not above the dropdown results`);
    // Down arrow still moves into the results, past the warning.
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.search-result, .search-all')));
  }
  for (const query of ORDINARY_QUERIES) {
    await page.goto(site.server().url('/about/'));
    await page.keyboard.press('/');
    await type(page, query, '.search-dropdown');
    assert.equal(await page.locator('.search-dropdown .search-warning').count(), 0, `${query} shows a warning`);
  }
  await context.close();
});
