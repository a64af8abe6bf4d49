import { test } from 'node:test';
import { DEFAULT_SITE_URL } from '../../src/lib/site/site.ts';
import assert from 'node:assert/strict';
import { findBrokenLinks } from '../../src/lib/build/link-check.ts';

const origin = DEFAULT_SITE_URL;
const pages = [
  { path: '/', html: '<a href="/articles/a/">A</a><a href="/articles/a/#causes">c</a><a href="https://www.nhs.uk/">NHS</a>' },
  { path: '/articles/a/', html: '<h2 id="causes">Causes</h2><a href="#causes">self</a><a href="/rss.xml">rss</a>' },
];

test('links to real pages, sections and files pass', () => {
  assert.deepEqual(findBrokenLinks(pages, new Set(['/rss.xml']), origin), []);
});

test('a missing page, a missing section and a missing slash are each reported', () => {
  const bad = [...pages, { path: '/about/', html: '<a href="/articles/b/">b</a><a href="/articles/a/#nope">x</a><a href="/articles/a">y</a>' }];
  const broken = findBrokenLinks(bad, new Set(['/rss.xml']), origin);
  assert.deepEqual(
    broken.map((b) => `${b.page} ${b.href} ${b.problem}`),
    [
      '/about/ /articles/b/ points to a page that does not exist',
      '/about/ /articles/a/#nope has no section with id "nope"',
      '/about/ /articles/a points to a page that does not exist (add the trailing slash)',
    ],
  );
});

test('absolute links to our own origin are checked too', () => {
  const broken = findBrokenLinks([{ path: '/', html: `<a href="${origin}/gone/">x</a>` }], new Set(), origin);
  assert.equal(broken.length, 1);
});
