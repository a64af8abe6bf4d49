import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTitle, relatedIndex, type Relatable } from '../../src/lib/content/related.ts';

/**
 * The plain definition, one article at a time: the articles sharing the most
 * symptoms, then A-Z. The index in src/lib/content/related.ts must agree with it.
 */
function relatedArticles<T extends Relatable>(current: Relatable, all: readonly T[], limit = 4): T[] {
  const mine = new Set(current.symptoms);
  const shared = new Map<T, number>();
  for (const a of all) {
    if (a.id === current.id) continue;
    const n = new Set(a.symptoms.filter((s) => mine.has(s))).size;
    if (n > 0) shared.set(a, n);
  }
  return [...shared]
    .sort(([x, nx], [y, ny]) => ny - nx || byTitle(x, y))
    .slice(0, limit)
    .map(([a]) => a);
}

const a = (id: string, symptoms: string[]) => ({ id, title: id, symptoms });

test('articles sharing more symptoms come first, never the article itself', () => {
  const all = [a('self', ['x', 'y']), a('one', ['x']), a('two', ['x', 'y']), a('none', ['z'])];
  assert.deepEqual(relatedIndex(all).get('self')!.map((r) => r.id), ['two', 'one']);
});

test('ties are broken A-Z and the limit holds', () => {
  const all = [a('self', ['x']), a('c', ['x']), a('b', ['x']), a('a', ['x'])];
  assert.deepEqual(relatedIndex(all, 2).get('self')!.map((r) => r.id), ['a', 'b']);
});

test('the index gives every article the same answer as asking one at a time', async () => {
  const all = [a('p', ['x', 'y']), a('q', ['y']), a('r', ['x', 'y', 'z']), a('s', ['z']), a('t', ['w'])];
  const index = relatedIndex(all);
  for (const item of all) assert.deepEqual(index.get(item.id)!.map((r) => r.id), relatedArticles(item, all).map((r) => r.id));
  assert.deepEqual(index.get('t'), []);
});

test('the index agrees with one-at-a-time on a larger, tie-heavy library', async () => {
  const symptoms = ['a', 'b', 'c', 'd', 'e'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const all = Array.from({ length: 300 }, (_, i) => ({
    id: `x${i}`,
    title: `Title ${Math.floor(rand() * 50)}`,
    symptoms: symptoms.filter(() => rand() < 0.4),
  }));
  const index = relatedIndex(all);
  for (const item of all) {
    assert.deepEqual(index.get(item.id)!.map((r) => r.id), relatedArticles(item, all).map((r) => r.id), item.id);
  }
});

test('the index agrees with one-at-a-time where every article shares a common symptom, as in a large library', () => {
  const symptoms = Array.from({ length: 30 }, (_, i) => `s${i}`);
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const all = Array.from({ length: 2000 }, (_, i) => ({
    id: `x${i}`,
    title: `Article ${Math.floor(rand() * 400)}`,
    symptoms: ['back-pain', symptoms[Math.floor(rand() * 30)]!, symptoms[Math.floor(rand() * 30)]!],
  }));
  const index = relatedIndex(all);
  for (const item of all.filter((_, i) => i % 7 === 0)) {
    assert.deepEqual(index.get(item.id)!.map((r) => r.id), relatedArticles(item, all).map((r) => r.id), item.id);
  }
});
