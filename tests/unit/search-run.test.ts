import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSearch, type PagefindResult, type PagefindSearch } from '../../src/lib/search/run.ts';

/**
 * A stand-in for Pagefind's JS API: each term maps to [url, score] results.
 * The real index is tested in tests/search/; this pins down the logic around it.
 */
function fakePagefind(index: Record<string, [string, number][]>) {
  const calls: { term: string; filters?: unknown }[] = [];
  const pf: PagefindSearch = {
    search: async (term, options) => {
      calls.push({ term, filters: options?.filters });
      const results: PagefindResult[] = (index[term] ?? []).map(([url, score]) => ({
        id: url,
        score,
        data: async () => ({ url, excerpt: '', meta: { title: url }, sub_results: [] }),
      }));
      return { results };
    },
  };
  return { pf, calls };
}

test('a query that matches well is searched as typed', async () => {
  const { pf } = fakePagefind({ 'calf cramp': [['/a/', 5], ['/b/', 4], ['/c/', 3]] });
  const out = await runSearch(pf, 'Calf cramp!', [], 10);
  assert.deepEqual(out.results.map((r) => r.url), ['/a/', '/b/', '/c/']);
  assert.equal(out.correctedTo, undefined);
});

test('a typo that only fuzzy-matches is mended from the vocabulary, and the UI is told', async () => {
  const { pf } = fakePagefind({
    spasam: [['/noise/', 0.1]],
    spasm: [['/spasms/', 5]],
    'back spasm': [['/spasms/', 5], ['/back/', 4], ['/x/', 1]],
  });
  const out = await runSearch(pf, 'back spasam', [], 10);
  assert.equal(out.correctedTo, 'back spasm');
  assert.equal(out.results[0]!.url, '/spasms/');
});

test('a word that matches well on its own is not "corrected"', async () => {
  const { pf } = fakePagefind({ cramps: [['/a/', 5]], cramp: [['/a/', 5]] });
  const out = await runSearch(pf, 'cramps', [], 10);
  assert.equal(out.correctedTo, undefined);
});

test('with fewer than 3 results, key words are searched alone and merged after the full matches', async () => {
  const { pf } = fakePagefind({
    'stomach cramps when anxious': [['/ibs/', 3]],
    stomach: [['/ibs/', 5], ['/stress/', 2]],
    cramps: [['/cramps/', 6], ['/ibs/', 4]],
    anxious: [['/anxiety/', 5], ['/stress/', 3]],
  });
  const out = await runSearch(pf, 'stomach cramps when anxious', [], 10);
  assert.equal(out.results[0]!.url, '/ibs/');
  assert.deepEqual(new Set(out.results.map((r) => r.url)), new Set(['/ibs/', '/stress/', '/cramps/', '/anxiety/']));
  assert.equal(out.results[1]!.url, '/stress/', 'a page matching two key words should come before one matching one');
});

test('symptom filters are passed to every search', async () => {
  const { pf, calls } = fakePagefind({ pain: [['/a/', 5]] });
  await runSearch(pf, 'pain', ['Sciatica'], 10);
  assert.ok(calls.length > 0);
  for (const c of calls) assert.deepEqual(c.filters, { symptom: { any: ['Sciatica'] } });
});

test('the limit caps how many results load their data', async () => {
  const { pf } = fakePagefind({ back: Array.from({ length: 20 }, (_, i) => [`/p${i}/`, 20 - i] as [string, number]) });
  const out = await runSearch(pf, 'back', [], 5);
  assert.equal(out.results.length, 5);
});
