import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Safety in search: a query that describes a warning sign shows that sign's
 * instruction, at its level, above the results, on the search page and in the
 * header dropdown; an ordinary query shows none. Keyboard only.
 */
const WARNING_QUERIES: [query: string, level: string][] = [
  ['numb bum and back pain', 'emergency'],
  ['my calf is swollen and hot', 'urgent'],
  ['thinking about ending my life', 'emergency'],
];
const ORDINARY_QUERIES = ['lower back pain', 'calf cramp at night', 'eyelid twitching stress'];

/** Types into the focused box key by key, as a reader would, and waits for the results of the whole query. */
async function type(page: Page, text: string, scope: string) {
  await page.keyboard.type(text, { delay: 10 });
  await expect(page.locator(`${scope} .search-status`).first()).toContainText(`“${text}”`);
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

for (const [query, level] of WARNING_QUERIES) {
  test(`on the search page, "${query}" shows the ${level} sign above the results`, async ({ page }) => {
    await page.goto('/search/');
    await page.keyboard.press('Tab'); // skip link
    await page.locator('#search-q').focus();
    await type(page, query, '.search-panel');
    const state = await warningState(page, '.search-panel');
    expect(state.levels[0], `${query}: ${state.levels.join(', ')}`).toBe(level);
    expect(state.visible && state.above, `${query}: the warning is not shown above the results`).toBe(true);
    expect(state.linksInEmergency, `${query}: the emergency box links away`).toBe(0);
    if (level === 'emergency') expect(state.text).toMatch(/Call your local emergency number/);
  });

  test(`in the header dropdown, opened with "/", "${query}" shows the ${level} sign above the results`, async ({ page }) => {
    await page.goto('/about/');
    await page.keyboard.press('/');
    await type(page, query, '.search-dropdown');
    const state = await warningState(page, '.search-dropdown');
    expect(state.levels[0], `${query}: ${state.levels.join(', ')}`).toBe(level);
    expect(state.visible && state.above, `${query}: the warning is not above the dropdown results`).toBe(true);
    // Down arrow still moves into the results, past the warning.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.search-result, .search-all'))).toBe(true);
  });
}

for (const query of ORDINARY_QUERIES) {
  test(`on the search page, "${query}" shows no warning box`, async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#search-q').focus();
    await type(page, query, '.search-panel');
    await expect(page.locator('.search-panel .search-warning'), `${query} shows a warning`).toHaveCount(0);
  });

  test(`in the header dropdown, "${query}" shows no warning box`, async ({ page }) => {
    await page.goto('/about/');
    await page.keyboard.press('/');
    await type(page, query, '.search-dropdown');
    await expect(page.locator('.search-dropdown .search-warning'), `${query} shows a warning`).toHaveCount(0);
  });
}
