import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild, copyProject } from '../support/project-copy.ts';

/**
 * Each fixture is one malformed article. Built beside a good article, it must
 * fail the build with a message that names its file and the field at fault,
 * and leave the good article as it was.
 */
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const CASES: { fixture: string; field: RegExp; dir?: string }[] = [
  { fixture: 'missing-title.md', field: /title/i },
  { fixture: 'bad-date.md', field: /published.*date/i },
  { fixture: 'next-review-before-reviewed.md', field: /nextReview must be after reviewed/ },
  { fixture: 'unknown-symptom.md', field: /symptoms.*unknown symptom "leg-ache"/s },
  { fixture: 'too-few-sources.md', field: /sources.*at least 2/s },
  { fixture: 'image-without-alt.md', field: /line 19, body: image "\/images\/calf-stretch\.png" has no alt text/ },
  { fixture: 'broken-link.md', field: /body: link "\/articles\/does-not-exist\/" points to a page that does not exist/ },
  { fixture: 'mdx-image-without-alt.mdx', field: /line 19, body: an <img> has no alt text/ },
  { fixture: 'missing-warning-set.md', field: /warningSigns: articles tagged "back-pain" must show the "back-pain" warning signs/ },
  { fixture: 'warning-signs/bad-level.yaml', dir: 'warning-signs', field: /signs\.0\.level.*"very-urgent" is not a level of urgency/s },
  { fixture: 'warning-signs/sign-without-source.yaml', dir: 'warning-signs', field: /signs\.0\.sources.*every sign needs at least one source/s },
  { fixture: 'broken-anchor.md', field: /body: link "\/articles\/good-article\/#no-such-heading" has no section with id "no-such-heading"/ },
];

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let project: ReturnType<typeof copyProject>;
let articles: string;

before(() => {
  project = copyProject('calm-body-fixture-');
  articles = path.join(project.dir, 'content', 'articles');
  copyFileSync(path.join(FIXTURES, 'good-article.md'), path.join(articles, 'good-article.md'));
});
after(() => project.remove());

test('the good article alone builds', () => {
  const { status, output } = astroBuild(project.dir);
  assert.equal(status, 0, output);
});

test('an MDX article with an expression, a table and a footnote builds', () => {
  const mdx = path.join(articles, 'mdx-article.mdx');
  copyFileSync(path.join(FIXTURES, 'mdx-article.mdx'), mdx);
  try {
    const { status, output } = astroBuild(project.dir);
    assert.equal(status, 0, output.slice(-3000));
    const html = readFileSync(path.join(project.dir, 'dist', 'articles', 'mdx-article', 'index.html'), 'utf8');
    assert.match(html, /An MDX article can use a gentle expression/);
    assert.match(html, /<table>/);
    assert.match(html, /id="a-table"/);
    assert.match(html, /data-footnotes/);
  } finally {
    rmSync(mdx);
  }
});

for (const { fixture, field, dir = 'articles' } of CASES) {
  test(`${fixture} fails the build, naming the file and the field`, () => {
    const good = path.join(articles, 'good-article.md');
    const before = sha(good);
    const bad = path.join(project.dir, 'content', dir, path.basename(fixture));
    copyFileSync(path.join(FIXTURES, fixture), bad);
    try {
      const { status, output } = astroBuild(project.dir);
      assert.notEqual(status, 0, `the build passed with ${fixture}:\n${output.slice(-2000)}`);
      const name = path.basename(fixture).replace(/\.(mdx?|yaml)$/, '');
      assert.ok(output.includes(name), `the message does not name ${fixture}:\n${output.slice(-3000)}`);
      assert.match(output, field, `the message does not name the field:\n${output.slice(-3000)}`);
      assert.equal(sha(good), before, 'the good article was changed');
    } finally {
      rmSync(bad);
    }
  });
}
