import { test as base, expect, type BrowserContext } from '@playwright/test';
import { serveSite, type SiteServer } from '../../scripts/support/server.ts';

export { expect };

/** What Chromium logs when the Content-Security-Policy (header or <meta>) blocks something. */
export const CSP_MESSAGE = /Content Security Policy/i;

/** Collects the CSP violations Chromium logs on any page of the context. */
export function cspViolations(context: BrowserContext): string[] {
  const violations: string[] = [];
  context.on('console', (m) => {
    if (CSP_MESSAGE.test(m.text())) violations.push(`${m.page()?.url() ?? '?'}: ${m.text()}`);
  });
  return violations;
}

interface TestFixtures {
  /** Every URL the test's pages requested, in order. */
  requests: string[];
}

interface WorkerFixtures {
  /** The built site, served by nginx with the project's config: one server per worker. */
  site: SiteServer;
}

/**
 * Tests get a page on the served site (`page.goto('/articles/…')`). Every
 * context listens to the console: a Content-Security-Policy violation on any
 * page of a test fails that test.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  site: [
    async ({}, use) => {
      const site = await serveSite();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ site }, use) => use(site.origin),
  context: async ({ context }, use) => {
    const violations = cspViolations(context);
    await use(context);
    expect(violations, 'Chromium reported Content-Security-Policy violations').toEqual([]);
  },
  requests: async ({ context }, use) => {
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await use(requests);
  },
});
