import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { newContext } from '../support/browser.ts';
import { weighPage } from '../support/budget.ts';
import { articlePages } from '../support/dist.ts';
import { useSiteAndBrowser } from '../support/fixtures.ts';
import { DIST } from '../support/server.ts';

/**
 * Page weight budgets, per page type, as a cheap phone on a slow network feels
 * them: bytes sent (gzip, images aside) and JavaScript that runs before the
 * reader starts a search.
 */
const site = useSiteAndBrowser();
const KB = 1024;
const BUDGETS: { type: string; paths: () => string[]; total: number; js: number }[] = [
  { type: 'article', paths: () => articlePages().map((p) => p.path), total: 30 * KB, js: 3 * KB },
  { type: 'home', paths: () => ['/'], total: 30 * KB, js: 3 * KB },
  { type: 'symptom', paths: () => ['/symptoms/', '/symptoms/back-pain/'], total: 30 * KB, js: 3 * KB },
  { type: 'about and 404', paths: () => ['/about/', '/no-such-page/'], total: 30 * KB, js: 3 * KB },
  // The search page is where a search begins, so its results code loads up front (with the symptom vocabulary
  // for spelling and the warning-sign matcher); Pagefind and the sign phrases still wait for a query.
  { type: 'search', paths: () => ['/search/'], total: 20 * KB, js: 8 * KB },
];

for (const budget of BUDGETS) {
  test(`${budget.type} pages stay within ${budget.total / KB} KB and ${budget.js / KB} KB of JavaScript (gzip)`, async () => {
    const { context } = await newContext(site.browser());
    const over: string[] = [];
    const rows: string[] = [];
    for (const p of budget.paths()) {
      const w = await weighPage(context, site.server().url(p));
      rows.push(`  ${p.padEnd(48)} ${(w.transferGzip / KB).toFixed(1).padStart(5)} KB, JS ${(w.jsGzip / KB).toFixed(1)} KB`);
      if (w.transferGzip > budget.total) over.push(`${p}: ${(w.transferGzip / KB).toFixed(1)} KB`);
      if (w.jsGzip > budget.js) over.push(`${p}: JS ${(w.jsGzip / KB).toFixed(1)} KB`);
      const foreign = w.requests.filter((r) => !r.url.startsWith(site.server().origin) && !r.url.startsWith('data:'));
      assert.deepEqual(foreign, [], `${p} loads third-party resources`);
      assert.ok(!w.requests.some((r) => r.url.includes('/pagefind/')), `${p} loads Pagefind before a search`);
      assert.ok(!w.requests.some((r) => r.type === 'font'), `${p} downloads a font`);
    }
    console.log(`${budget.type} page weights:\n${rows.join('\n')}`);
    await context.close();
    assert.deepEqual(over, []);
  });
}

test('no web fonts: the CSS has no @font-face, so text never shifts when a font arrives', () => {
  const css = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css') || f.endsWith('.html'));
  for (const f of css) assert.doesNotMatch(readFileSync(path.join(DIST, f), 'utf8'), /@font-face/, f);
});
