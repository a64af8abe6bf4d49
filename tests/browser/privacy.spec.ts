import { foreignRequests } from '../../scripts/support/chromium.ts';
import { distPages } from '../support/dist.ts';
import { expect, test } from './fixtures.ts';

const pages = distPages().map((p) => (p.path === '/404.html' ? '/no-such-page/' : p.path));

test('no page makes a request to another host, sets a cookie or breaks its CSP', async ({ page, context, requests, site }) => {
  test.slow();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  for (const path of pages) {
    const response = await page.goto(path);
    const header = (await response!.allHeaders())['content-security-policy'];
    expect(header ?? '', `${path} came without the CSP header`).toMatch(/frame-ancestors 'none'/);
  }
  expect(foreignRequests(requests, site.origin)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(violations).toEqual([]);
});

test('search works under the CSP header and <meta>: Pagefind loads, runs its WebAssembly and shows results with no violation, no other host, no cookie', async ({
  page,
  context,
  requests,
  site,
}) => {
  // A CSP message in the console fails the test through the page fixture.
  const response = await page.goto('/search/');
  // Both policies apply: the header (from nginx, with frame-ancestors) and the page's own <meta>.
  const header = (await response!.allHeaders())['content-security-policy'];
  expect(header ?? '').toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  expect(header ?? '').toMatch(/frame-ancestors 'none'/);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
  await page.locator('#search-q').fill('sciatica');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(requests.some((u) => u.endsWith('.pagefind')), 'the Pagefind WebAssembly did not load').toBe(true);
  // A search fetches Pagefind's index and the warning-sign phrases: all from this site, no cookies.
  expect(foreignRequests(requests, site.origin)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
