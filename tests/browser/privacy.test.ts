import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foreignRequests, newContext } from '../support/browser.ts';
import { distPages } from '../support/dist.ts';
import { useSiteAndBrowser } from '../support/fixtures.ts';

const site = useSiteAndBrowser();
const pages = distPages().map((p) => (p.path === '/404.html' ? '/no-such-page/' : p.path));

test('no page makes a request to another host, sets a cookie or breaks its CSP', async () => {
  const { context, requests } = await newContext(site.browser());
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  for (const path of pages) {
    const response = await page.goto(site.server().url(path));
    const header = (await response!.allHeaders())['content-security-policy'];
    assert.match(header ?? '', /frame-ancestors 'none'/, `${path} came without the CSP header`);
  }
  assert.deepEqual(foreignRequests(requests, site.server().origin), []);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(violations, []);
  await context.close();
});

test('search works under the CSP header and <meta>: Pagefind loads, runs its WebAssembly and shows results with no violation, no other host, no cookie', async () => {
  const { context, requests } = await newContext(site.browser());
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(site.server().url('/search/'));
  // Both policies apply: the header (from nginx, with frame-ancestors) and the page's own <meta>.
  const header = (await response!.allHeaders())['content-security-policy'];
  assert.match(header ?? '', /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(header ?? '', /frame-ancestors 'none'/);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  assert.match(csp ?? '', /script-src 'self'/);
  await page.locator('#search-q').fill('sciatica');
  await page.locator('.search-result').first().waitFor();
  assert.ok(requests.some((u) => u.endsWith('.pagefind')), 'the Pagefind WebAssembly did not load');
  assert.deepEqual(violations, []);
  // A search fetches Pagefind's index and the warning-sign phrases: all from this site, no cookies.
  assert.deepEqual(foreignRequests(requests, site.server().origin), []);
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});
