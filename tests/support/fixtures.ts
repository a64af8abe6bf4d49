import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type SiteServer } from './server.ts';

/** What Chromium logs when the Content-Security-Policy (header or <meta>) blocks something. */
export const CSP_MESSAGE = /Content Security Policy/i;

/**
 * One served site (nginx, with the real headers) and one Chromium for the
 * tests of a file, closed when they end. Every context the file opens listens
 * to the console: a CSP violation on any page, in any test, fails the file.
 */
export function useSiteAndBrowser(): { server: () => SiteServer; browser: () => Browser } {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  const violations = new Set<string>();
  const listen = (context: BrowserContext) =>
    context.on('console', (m) => {
      if (CSP_MESSAGE.test(m.text())) violations.add(`${m.page()?.url() ?? '?'}: ${m.text()}`);
    });
  before(async () => {
    server = await serveSite();
    browser = await launchBrowser();
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (...args) => {
      const context = await newContext(...args);
      listen(context);
      return context;
    };
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    assert.deepEqual([...violations], [], 'Chromium reported Content-Security-Policy violations');
  });
  return { server: () => server!, browser: () => browser! };
}
