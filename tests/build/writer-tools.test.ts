import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { astroBuild, copyProject } from '../../scripts/support/project-copy.ts';
import { isoDate } from '../../src/lib/site/dates.ts';

/**
 * The writer's own tools, run in a copy of the project as a writer runs them:
 * `npm run check:articles` (the build's checks without a build, every bad file
 * reported, no stack trace), `npm run check:reviews` (for a scheduled job),
 * the overdue-review notice on a built page, and the README's example article.
 */
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
let project: ReturnType<typeof copyProject>;
let articles: string;

const run = (script: string, args: string[] = []) => {
  const r = spawnSync(process.execPath, [path.join(project.dir, 'scripts', script), ...args], { cwd: project.dir, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
};
const place = (fixture: string, as = fixture) => {
  const to = path.join(articles, as);
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(path.join(FIXTURES, fixture), to);
  return to;
};
const clear = () => {
  rmSync(articles, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
};

before(() => {
  project = copyProject('calm-body-tools-');
  articles = path.join(project.dir, 'content', 'articles');
});
after(() => project.remove());

test('check:articles reports every bad file, one line per problem with its line and field, and no stack trace', () => {
  clear();
  place('good-article.md');
  for (const f of ['bad-yaml.md', 'http-link.md', 'mdx-syntax-error.mdx', 'raw-html.md', 'long-description.md']) place(f);
  place('sub/in-subfolder.md');
  const { status, output } = run('check-articles.ts');
  assert.notEqual(status, 0, output);
  assert.doesNotMatch(output, /^\s+at /m, `a stack trace:\n${output}`);
  assert.match(output, /bad-yaml\.md, line \d+, frontmatter: the frontmatter is not valid YAML/);
  assert.match(output, /http-link\.md, line 24, body: link "http:\/\/www\.nhs\.uk\/conditions\/back-pain\/" must use https/);
  assert.match(output, /mdx-syntax-error\.mdx, line 19, body: the MDX cannot be read/);
  assert.match(output, /raw-html\.md, line 22, body: raw HTML is not allowed/);
  assert.match(output, /long-description\.md, line 3, description: description is 178 characters/);
  assert.match(output, /sub\/in-subfolder\.md: articles must sit directly in content\/articles\//);
  assert.doesNotMatch(output, /good-article\.md, line/, 'the good article was reported');
});

test('check:articles passes a good article', () => {
  clear();
  place('good-article.md');
  const { status, output } = run('check-articles.ts');
  assert.equal(status, 0, output);
  assert.match(output, /content\/articles\/good-article\.md: grade [\d.]+, \d+ words/);
});

test('check:reviews fails, naming each page, when a review is overdue or due within 30 days', () => {
  clear();
  place('good-article.md');
  assert.equal(run('check-reviews.ts').status, 0, 'a page due in a year was flagged');
  place('overdue-review.md');
  const soon = new Date(Date.now() + 10 * 24 * 3600 * 1000);
  const dueSoon = readFileSync(path.join(FIXTURES, 'good-article.md'), 'utf8')
    .replace('title: A good article', 'title: An article due for review soon')
    .replace(/description: .*/, 'description: An article whose review falls due within the month, which a scheduled job must flag.')
    .replace('nextReview: 2027-11-25', `nextReview: ${isoDate(soon)}`);
  writeFileSync(path.join(articles, 'due-soon.md'), dueSoon);
  const { status, output } = run('check-reviews.ts');
  assert.equal(status, 1, output);
  assert.match(output, /overdue-review\.md: overdue for review since 1 January 2025 \(last reviewed 10 January 2024\)/);
  assert.match(output, /due-soon\.md: due for review on .*, within 30 days/);
  assert.doesNotMatch(output, /good-article\.md/);
});

test('an overdue page still builds, tells readers it is due for review, and the build lists it', () => {
  clear();
  place('good-article.md');
  place('overdue-review.md');
  const { status, output } = astroBuild(project.dir);
  assert.equal(status, 0, output.slice(-2000));
  assert.match(output, /overdue for review[\s\S]*overdue-review\.md \(review was due 1 January 2025\)/);
  const html = readFileSync(path.join(project.dir, 'dist', 'articles', 'overdue-review', 'index.html'), 'utf8');
  assert.match(html, /This page is due for review\.<\/strong> We last checked it on <time datetime="2024-01-10"[^>]*>10 January 2024<\/time>/);
  const good = readFileSync(path.join(project.dir, 'dist', 'articles', 'good-article', 'index.html'), 'utf8');
  assert.doesNotMatch(good, /due for review\./);
});

test('the README example article builds as shown, and publishes once draft is removed', () => {
  clear();
  const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const example = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'the README has no example article');
  writeFileSync(path.join(articles, 'readme-example.md'), example);
  const shown = astroBuild(project.dir);
  assert.equal(shown.status, 0, shown.output.slice(-2000));
  writeFileSync(path.join(articles, 'readme-example.md'), example.replace(/^draft: true\n/m, ''));
  const published = astroBuild(project.dir);
  assert.equal(published.status, 0, published.output.slice(-2000));
  const html = readFileSync(path.join(project.dir, 'dist', 'articles', 'readme-example', 'index.html'), 'utf8');
  assert.match(html, /data-care-level="emergency"/, 'the example shows no warning signs from its set');
});
