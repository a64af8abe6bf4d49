import { loadQueries } from '../../scripts/support/queries.ts';
import { expect, test } from '../browser/fixtures.ts';
import { bareSearchSlugs, searchSlugs } from '../support/search.ts';

/**
 * Every lay query in tests/search/queries.tsv, run in Chromium through the real
 * search page against the real Pagefind index of the built site.
 */
const HIT_AT_3_TARGET = 0.95;
/** No kind of query (misspellings, long questions...) may collapse behind a good total. */
const KIND_FLOOR = 0.9;

test(`lay queries find the right article in the top 3 (hit@3 >= ${HIT_AT_3_TARGET}, every kind >= ${KIND_FLOOR}, better than Pagefind alone)`, async ({
  page,
}) => {
  // One test, so the thresholds judge the whole set: a query at a time takes minutes here.
  test.setTimeout(8 * 60_000);
  const rows = loadQueries();
  expect(rows.length, `the query set has only ${rows.length} rows`).toBeGreaterThanOrEqual(60);
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  const misses: string[] = [];
  const byKind = new Map<string, { n: number; hit3: number }>();
  let bareHit3 = 0;
  for (const row of rows) {
    const slugs = await searchSlugs(page, row.query);
    // The same query straight into Pagefind, without our spelling fix and fallback: the baseline.
    const bare = await bareSearchSlugs(page, row.query);
    if (bare.slice(0, 3).includes(row.expected)) bareHit3++;
    const rank = slugs.indexOf(row.expected) + 1;
    if (rank === 1) hit1++;
    if (rank >= 1 && rank <= 3) hit3++;
    if (rank >= 1) rr += 1 / rank;
    const k = byKind.get(row.kind) ?? { n: 0, hit3: 0 };
    k.n++;
    if (rank >= 1 && rank <= 3) k.hit3++;
    byKind.set(row.kind, k);
    if (rank < 1 || rank > 3) misses.push(`  "${row.query}" (${row.kind}): wanted ${row.expected}, got [${slugs.slice(0, 3).join(', ')}]${rank ? ` (rank ${rank})` : ''}`);
  }
  const n = rows.length;
  const f = (x: number) => x.toFixed(3);
  console.log(`search quality over ${n} queries: hit@1 ${f(hit1 / n)}, hit@3 ${f(hit3 / n)}, MRR ${f(rr / n)}`);
  console.log(`  Pagefind alone (same index, no spelling fix or fallback): hit@3 ${f(bareHit3 / n)}`);
  for (const [kind, k] of byKind) console.log(`  ${kind}: hit@3 ${f(k.hit3 / k.n)} (${k.n} queries)`);
  console.log(misses.length ? `misses:\n${misses.join('\n')}` : 'misses: none');
  expect(hit3 / n, `hit@3 is ${f(hit3 / n)}, below ${HIT_AT_3_TARGET}`).toBeGreaterThanOrEqual(HIT_AT_3_TARGET);
  expect(hit3, `our search (hit@3 ${f(hit3 / n)}) does not beat Pagefind alone (${f(bareHit3 / n)})`).toBeGreaterThan(bareHit3);
  for (const [kind, k] of byKind) {
    expect(k.hit3 / k.n, `${kind} queries: hit@3 ${f(k.hit3 / k.n)}, below the floor of ${KIND_FLOOR}`).toBeGreaterThanOrEqual(KIND_FLOOR);
  }
});
