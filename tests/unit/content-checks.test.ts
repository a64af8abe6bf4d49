import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findArticleFiles } from '../../src/lib/content/article-files.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { fieldName, frontmatterProblems } from '../../src/lib/content/frontmatter-checks.ts';
import { reviewStatus } from '../../src/lib/content/reviews.ts';
import { drawableTitle } from '../../src/lib/build/share-image.ts';
import { parseArticleBody } from '../../src/lib/content/article-checks.ts';
import { bodyProblems } from '../../src/lib/content/body-checks.ts';

test('article files: flat .md/.mdx only; subfolders, bad names, a reserved name and twins are refused by name', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'articles-'));
  try {
    for (const f of ['a.md', 'b.mdx', 'twin.md', 'twin.mdx', '_draft-note.md', 'Bad Name.md', 'notes.txt', 'site.md']) writeFileSync(path.join(dir, f), '');
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'c.md'), '');
    const { files, problems } = findArticleFiles(dir);
    assert.deepEqual(files.map((f) => f.slug), ['a', 'b', 'twin', 'twin']);
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems.join('\n'), /site\.md: an article cannot be called "site": the site's own share image has that name/);
    assert.match(problems.join('\n'), /sub\/c\.md: articles must sit directly in content\/articles\//);
    assert.match(problems.join('\n'), /Bad Name\.md: the file name becomes the page address/);
    assert.match(problems.join('\n'), /twin\.md and .*twin\.mdx: two articles have the same name "twin"/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('frontmatter fields are traced to their line in the file', () => {
  const text = '---\ntitle: T\nsources:\n  - title: A\n    url: https://a\n  - title: B\n    url: http://b\n---\nBody';
  const fm = readFrontmatter(text);
  assert.equal(fm.lineOf(['title']), 2);
  assert.equal(fm.lineOf(['sources', 1, 'url']), 7);
  assert.equal(fm.bodyLine, 9);
  assert.equal(readFrontmatter('no block').present, false);
  assert.equal(readFrontmatter('---\ntitle: [x\n---\n').yamlError?.line !== undefined, true);
});

test('problems name list positions from 1 and the line of the field', () => {
  assert.equal(fieldName(['sources', 0, 'url']), 'sources.1.url');
  const { problems } = frontmatterProblems('x.md', '---\ntitle: Hi there\ndescription: short\n---\n');
  const description = problems.find((p) => p.field === 'description');
  assert.equal(description?.line, 3);
  assert.match(description!.message, /description is 5 characters/);
});

test('review status: overdue after the date, due soon within 30 days', () => {
  const today = new Date('2026-11-25');
  assert.equal(reviewStatus(new Date('2026-11-24'), today), 'overdue');
  assert.equal(reviewStatus(new Date('2026-12-20'), today), 'due-soon');
  assert.equal(reviewStatus(new Date('2027-02-01'), today), 'current');
});

test('emoji are left out of the share image title, words kept', () => {
  assert.equal(drawableTitle('Back pain 😣 at night 👍🏽'), 'Back pain at night');
  assert.equal(drawableTitle('Sciatica'), 'Sciatica');
});

test('body checks: raw HTML, unsafe MDX and short bodies are refused with their line', () => {
  const words = 'word '.repeat(160);
  const md = (body: string) => bodyProblems(parseArticleBody(`---\ntitle: x\n---\n${body}\n\n${words}`, false), { mdx: false, fileDir: '.', componentsDir: 'src/components' });
  assert.deepEqual(md('Plain text.'), []);
  assert.match(JSON.stringify(md('<script>alert(1)</script>')), /"line":4,"message":"raw HTML is not allowed/);
  assert.deepEqual(md('<!-- a note for writers -->'), [], 'an HTML comment is allowed');
  assert.match(JSON.stringify(md('[x](javascript:alert(1))')), /not allowed: links must go to a web page/);
  const short = bodyProblems(parseArticleBody('---\ntitle: x\n---\nToo short.', false), { mdx: false, fileDir: '.', componentsDir: 'src/components' });
  assert.match(short[0]!.message, /only 2 words/);
  const mdx = (body: string) =>
    bodyProblems(parseArticleBody(`---\ntitle: x\n---\n${body}\n\n${words}`, true), { mdx: true, fileDir: path.resolve('content/articles'), componentsDir: path.resolve('src/components') });
  assert.match(JSON.stringify(mdx('<a href="https://x.org" target="_blank">x</a>')), /target is not allowed/);
  assert.match(JSON.stringify(mdx('<img src="/x.png" alt="x" onError="alert(1)" />')), /onError \(a script\) is not allowed/);
  assert.match(JSON.stringify(mdx("import x from '../../src/lib/site/site.ts';")), /"line":4,.*only import from src\/components/);
  assert.deepEqual(mdx("export const level = 'gentle';"), []);
});
