import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild, copyProject } from '../../scripts/support/project-copy.ts';

/**
 * Each case is one writer's mistake. Built beside a good article, it must fail
 * the build with a message that names its file, the line in the file where it
 * applies, and the field at fault, in words a writer can act on, with no
 * stack trace; and the site built before it must be left whole (nothing
 * half-written that `npm start` would serve).
 */
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
interface Case {
  /** Fixture files, relative to fixtures/; placed at the same path under content/. */
  files: string[];
  /** Where under content/ they go. */
  dir?: string;
  /** What the message must say: the field and the problem, apart from the file name. */
  says: RegExp;
}
const A = (f: string, says: RegExp): Case => ({ files: [f], says });
const CASES: Case[] = [
  A('missing-title.md', /missing-title\.md, line \d+, title: /),
  A('bad-date.md', /bad-date\.md, line 4, published: published must be a (real )?date/),
  A('next-review-before-reviewed.md', /line 6, nextReview: nextReview must be after reviewed/),
  A('unknown-symptom.md', /line 7, symptoms\.2: unknown symptom "leg-ache"/),
  A('too-few-sources.md', /, sources: sources needs at least 2/),
  A('bad-second-source.md', /bad-second-source\.md, line 14, sources\.2\.url: "http:\/\/www\.apa\.org\/topics\/stress\/body" must use https/),
  A('long-description.md', /long-description\.md, line 3, description: description is 178 characters: keep it to 160 or fewer/),
  A('no-frontmatter.md', /no-frontmatter\.md, line 1, frontmatter: the file has no frontmatter/),
  A('bad-yaml.md', /bad-yaml\.md, line \d+, frontmatter: the frontmatter is not valid YAML/),
  A('missing-warning-set.md', /missing-warning-set\.md, line \d+, warningSigns: articles tagged "back-pain" must show the "back-pain" warning signs/),
  A('image-without-alt.md', /image-without-alt\.md, line 19, body: image "\/images\/calf-stretch\.png" has no alt text/),
  A('mdx-image-without-alt.mdx', /mdx-image-without-alt\.mdx, line 19, body: an <img> has no alt text/),
  A('broken-link.md', /broken-link\.md: body: link "\/articles\/does-not-exist\/" points to a page that does not exist/),
  A('broken-anchor.md', /broken-anchor\.md: body: link "\/articles\/good-article\/#no-such-heading" has no section with id "no-such-heading"/),
  A('empty-body.md', /empty-body\.md, line 17, body: the article has only 2 words of text: write at least 150/),
  A('raw-html.md', /raw-html\.md, line 22, body: raw HTML is not allowed in an article[\s\S]*raw-html\.md, line 24, body: raw HTML/),
  A('http-link.md', /http-link\.md, line 24, body: link "http:\/\/www\.nhs\.uk\/conditions\/back-pain\/" must use https/),
  A('reserved-heading.md', /reserved-heading\.md, line 22, body: the heading "When to get help" would clash with the "when-to-get-help" section/),
  A('mdx-bad-import.mdx', /mdx-bad-import\.mdx, line 17, body: MDX articles may only import from src\/components\/: "\.\.\/\.\.\/src\/lib\/site\/site\.ts" is outside it/),
  { files: ['same-name.md', 'same-name.mdx'], says: /same-name\.md and content\/articles\/same-name\.mdx: two articles have the same name "same-name"/ },
  { files: ['sub/in-subfolder.md'], says: /sub\/in-subfolder\.md: articles must sit directly in content\/articles\/, not in a subfolder; move it to content\/articles\/in-subfolder\.md/ },
  { files: ['warning-signs/bad-level.yaml'], dir: 'warning-signs', says: /signs\.0\.level.*"very-urgent" is not a level of urgency/s },
  { files: ['warning-signs/sign-without-source.yaml'], dir: 'warning-signs', says: /signs\.0\.sources.*every sign needs at least one source/s },
];

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let project: ReturnType<typeof copyProject>;
let content: string;
let goodPage: string;

before(() => {
  project = copyProject('calm-body-fixture-');
  content = path.join(project.dir, 'content');
  copyFileSync(path.join(FIXTURES, 'good-article.md'), path.join(content, 'articles', 'good-article.md'));
  goodPage = path.join(project.dir, 'dist', 'articles', 'good-article', 'index.html');
});
after(() => project.remove());

test('the good article alone builds', () => {
  const { status, output } = astroBuild(project.dir);
  assert.equal(status, 0, output);
  assert.ok(existsSync(goodPage));
});

test('an MDX article with an expression, a table and a footnote builds', () => {
  const mdx = path.join(content, 'articles', 'mdx-article.mdx');
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

for (const { files, dir = 'articles', says } of CASES) {
  test(`${files.join(' + ')} fails the build, naming the file, the line and the field`, () => {
    // The site as last built, which a failed build must leave as it was (or, once pages are written, remove).
    if (!existsSync(goodPage)) assert.equal(astroBuild(project.dir).status, 0, 'the good article alone no longer builds');
    const before = sha(goodPage);
    const placed = files.map((f) => {
      const to = path.join(content, dir, dir === 'articles' ? f : path.basename(f));
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(path.join(FIXTURES, f), to);
      return to;
    });
    try {
      const { status, output } = astroBuild(project.dir);
      assert.notEqual(status, 0, `the build passed with ${files.join(', ')}:\n${output.slice(-2000)}`);
      const name = path.basename(files[0]!).replace(/\.(mdx?|yaml)$/, '');
      assert.ok(output.includes(name), `the message does not name ${files[0]}:\n${output.slice(-3000)}`);
      assert.match(output, says, `the message does not say what is wrong, where:\n${output.slice(-3000)}`);
      if (dir === 'articles' && !files[0]!.endsWith('.mdx')) {
        assert.doesNotMatch(output, /^\s+at .*\.(ts|js):\d+/m, `a writer's mistake printed a stack trace:\n${output.slice(-3000)}`);
      }
      const intact = existsSync(goodPage) && sha(goodPage) === before;
      const removed = !existsSync(path.join(project.dir, 'dist', 'index.html'));
      assert.ok(intact || removed, 'the failed build left a changed site in dist/ for `npm start` to serve');
      for (const f of files) {
        const slug = path.basename(f).replace(/\.(mdx?|yaml)$/, '');
        assert.ok(!existsSync(path.join(project.dir, 'dist', 'articles', slug)), `a page for ${f} was written`);
      }
    } finally {
      placed.forEach((p) => rmSync(p));
      rmSync(path.join(content, 'articles', 'sub'), { recursive: true, force: true });
    }
  });
}
