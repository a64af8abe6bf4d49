import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listed, pageCacheKey, shown } from '../../src/lib/build/page-cache-key.ts';

const article = (title: string, html: string) => ({
  id: 'night-leg-cramps',
  data: { title, reviewed: new Date('2026-11-25'), symptoms: ['leg-cramp'] },
  body: 'the Markdown',
  rendered: { html, metadata: { headings: [{ depth: 2, slug: 'causes', text: 'Causes' }] } },
});

test('the same inputs give the same key, in every build', () => {
  assert.equal(pageCacheKey(shown(article('Night cramps', '<p>a</p>'))), pageCacheKey(shown(article('Night cramps', '<p>a</p>'))));
});

test('a page shown in full changes its key with its text, its data and its headings', () => {
  const key = pageCacheKey(shown(article('Night cramps', '<p>a</p>')));
  assert.notEqual(pageCacheKey(shown(article('Night cramps', '<p>b</p>'))), key);
  assert.notEqual(pageCacheKey(shown(article('Night leg cramps', '<p>a</p>'))), key);
  const moved = article('Night cramps', '<p>a</p>');
  moved.rendered.metadata.headings[0]!.slug = 'why';
  assert.notEqual(pageCacheKey(shown(moved)), key);
  const redated = article('Night cramps', '<p>a</p>');
  redated.data.reviewed = new Date('2026-12-01');
  assert.notEqual(pageCacheKey(shown(redated)), key);
});

test('a page that only lists an article changes with its title, not with its text', () => {
  const key = pageCacheKey([listed(article('Night cramps', '<p>a</p>'))]);
  assert.equal(pageCacheKey([listed(article('Night cramps', '<p>b</p>'))]), key);
  assert.notEqual(pageCacheKey([listed(article('Night leg cramps', '<p>a</p>'))]), key);
});

test('a missing page and an empty list are keys of their own', () => {
  assert.notEqual(pageCacheKey(listed(undefined)), pageCacheKey([]));
  assert.notEqual(pageCacheKey(listed(undefined)), pageCacheKey(listed(article('Night cramps', ''))));
  assert.notEqual(pageCacheKey('overdue'), pageCacheKey('current'));
});
