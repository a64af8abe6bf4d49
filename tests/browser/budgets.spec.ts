import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../../scripts/support/paths.ts';
import { weighPage } from '../../scripts/support/page-weight.ts';
import { articlePages } from '../support/dist.ts';
import { expect, test } from './fixtures.ts';

/**
 * Page weight budgets, per page type, as a cheap phone on a slow network feels
 * them: bytes sent (gzip, images aside) and JavaScript that runs before the
 * reader starts a search. (That no page asks another host is the privacy test's.)
 */
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
  test(`${budget.type} pages stay within ${budget.total / KB} KB and ${budget.js / KB} KB of JavaScript (gzip)`, async ({ context, site }) => {
    test.slow(budget.paths().length > 10);
    const over: string[] = [];
    const rows: string[] = [];
    for (const p of budget.paths()) {
      const w = await weighPage(context, site.url(p));
      rows.push(`  ${p.padEnd(48)} ${(w.transferGzip / KB).toFixed(1).padStart(5)} KB, JS ${(w.jsGzip / KB).toFixed(1)} KB`);
      if (w.transferGzip > budget.total) over.push(`${p}: ${(w.transferGzip / KB).toFixed(1)} KB`);
      if (w.jsGzip > budget.js) over.push(`${p}: JS ${(w.jsGzip / KB).toFixed(1)} KB`);
      expect(w.requests.filter((r) => r.url.includes('/pagefind/')), `${p} loads Pagefind before a search`).toEqual([]);
      expect(w.requests.filter((r) => r.type === 'font'), `${p} downloads a font`).toEqual([]);
    }
    console.log(`${budget.type} page weights:\n${rows.join('\n')}`);
    expect(over).toEqual([]);
  });
}

test('no web fonts: the CSS has no @font-face, so text never shifts when a font arrives', () => {
  const css = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css') || f.endsWith('.html'));
  for (const f of css) expect(readFileSync(path.join(DIST, f), 'utf8'), f).not.toMatch(/@font-face/);
});
