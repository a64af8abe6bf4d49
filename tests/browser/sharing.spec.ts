import { DESKTOP } from '../../scripts/support/chromium.ts';
import { expect, test } from './fixtures.ts';

const ARTICLE = '/articles/night-leg-cramps/';

test.describe('with the clipboard, at desktop width', () => {
  test.use({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });

  test('"copy link to this section" copies the full URL with its #fragment and says "Link copied"', async ({ page, site }) => {
    await page.goto(ARTICLE);
    const id = await page.locator('.article-body h2[id]').nth(1).getAttribute('id');
    const anchor = page.locator(`a.heading-anchor[href="#${id}"]`);
    await anchor.focus(); // reachable by keyboard
    await page.keyboard.press('Enter');
    await expect(page.locator('[role="status"]', { hasText: 'Link copied' })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(`${ARTICLE}#${id}`));
    await expect(page.locator('.copied-tip')).toContainText(/Link copied/, { useInnerText: true });
    await expect(page).toHaveURL((url) => url.hash === `#${id}`);
  });

  test('the Share button copies the article link where the browser cannot share', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
    await page.goto(ARTICLE);
    const button = page.locator('[data-share]');
    await expect(button).toHaveText('Copy link', { useInnerText: true });
    await button.click();
    await expect(page.locator('[role="status"]', { hasText: 'Link copied' })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/articles\/night-leg-cramps\/$/);
    await expect(page.locator('a', { hasText: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=Night%20leg%20cramps/);
    await expect(page.locator('a', { hasText: 'WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
  });
});

test('the Share button uses the share sheet where there is one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      value: async (data: ShareData) => ((window as any).__shared = data),
    });
  });
  await page.goto(ARTICLE);
  const button = page.locator('[data-share]');
  await expect(button).toHaveText('Share', { useInnerText: true });
  await button.click();
  const shared = await page.waitForFunction(() => (window as any).__shared);
  expect((await shared.jsonValue()).url).toMatch(/\/articles\/night-leg-cramps\/$/);
});

test('opening a link to a section puts that heading in view and highlights it', async ({ page }) => {
  await page.goto(ARTICLE);
  const id = await page.locator('.article-body h2[id]').nth(1).getAttribute('id');
  expect(id, 'the section has no id').toBeTruthy();
  await page.goto(`${ARTICLE}#${id}`);
  const heading = page.locator(`[id="${id}"]`);
  // Smooth scrolling takes a moment: wait for the heading to come to rest near the top.
  const restsNearTop = () =>
    heading.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < 120;
    });
  await expect.poll(restsNearTop, 'the heading does not come into view near the top').toBe(true);
  expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(heading, 'the target heading is not highlighted').not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('an article prints clean: no header, search or share buttons; the URL and review date are there', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.header-search', '.share', '.site-footer', '.heading-anchor', '.related']) {
    await expect(page.locator(selector).first(), `${selector} shows in print`).toBeHidden();
  }
  const note = page.locator('.print-only');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(/Printed from https?:\/\/.+\/articles\/night-leg-cramps\/\. Page last reviewed \d+ \w+ 20\d\d/, { useInnerText: true });
  const after = await page.locator('.sources li a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after, 'source links do not print their address').toMatch(/https:/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the Share button (which needs a script) is not shown; the plain links are', async ({ page }) => {
    await page.goto('/articles/sciatica/');
    await expect(page.locator('[data-share]'), 'a dead Share button shows without JavaScript').toBeHidden();
    await expect(page.locator('.share a', { hasText: 'Email' })).toBeVisible();
  });
});
