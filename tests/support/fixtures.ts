import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type SiteServer } from './server.ts';

/** One served site and one Chromium for the tests of a file, closed when they end. */
export function useSiteAndBrowser(): { server: () => SiteServer; browser: () => Browser } {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await serveSite();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server!, browser: () => browser! };
}
