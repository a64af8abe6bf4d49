import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkArticle, MAX_GRADE } from '../../src/lib/content/article-checks.ts';
import { findArticleFiles } from '../../src/lib/content/article-files.ts';
import { formatProblem } from '../../src/lib/content/frontmatter-checks.ts';
import { sourceUrlProblem } from '../../src/lib/content/sources.ts';
import { SYMPTOMS, SYMPTOM_IDS } from '../../src/lib/symptoms/symptoms.ts';
import { ROOT } from '../../scripts/support/paths.ts';

/** Editorial checks over every article in content/articles/, found as the build finds them. */
const { files: articleFiles, problems: fileProblems } = findArticleFiles(`${ROOT}/content/articles`);
const files = articleFiles.map((f) => f.file);
const reports = articleFiles.map((f) => ({ file: f.file, abs: f.abs, ...checkArticle(readFileSync(f.abs, 'utf8'), f.file, f.abs) }));

test('the articles folder holds only articles the build can publish', () => {
  assert.deepEqual(fileProblems, []);
});

test('every article\'s frontmatter passes the schema, so the checks below see real data', () => {
  const bad = reports.filter((r) => !r.data).map((r) => r.problems.map(formatProblem).join('; '));
  assert.deepEqual(bad, []);
});

test('there are at least 32 articles', () => {
  assert.ok(files.length >= 32, `only ${files.length} articles`);
});

test(`every article reads at Flesch-Kincaid grade ${MAX_GRADE} or lower, with valid frontmatter and footnotes`, () => {
  const rows = reports.map((r) => `  ${r.file.padEnd(44)} grade ${String(r.readability.grade).padStart(4)}  ${String(r.words).padStart(4)} words  ${r.data?.sources.length ?? '?'} sources`);
  console.log(`article readability:\n${rows.join('\n')}`);
  const failures = reports.filter((r) => r.problems.length).map((r) => r.problems.map(formatProblem).join('\n'));
  assert.deepEqual(failures, []);
});

test('every source is https and from an allow-listed publisher', () => {
  const bad = reports.flatMap((r) => r.data!.sources.map((s) => [r.file, sourceUrlProblem(s.url)] as const).filter(([, p]) => p));
  assert.deepEqual(bad, []);
});

test('every article includes the warning-sign sets its symptoms need', () => {
  const missing = reports.flatMap((r) =>
    r.data!.symptoms.flatMap((s) => SYMPTOMS[s].warningSigns.filter((set) => !r.data!.warningSigns.includes(set)).map((set) => `${r.file}: ${set}`)),
  );
  assert.deepEqual(missing, []);
});

test('no two articles share a title or a description', () => {
  for (const field of ['title', 'description'] as const) {
    const seen = new Map<string, string>();
    for (const r of reports) {
      const value = r.data![field].toLowerCase();
      assert.ok(!seen.has(value), `${r.file} has the same ${field} as ${seen.get(value)}`);
      seen.set(value, r.file);
    }
  }
});

test('every symptom in the vocabulary has at least one article', () => {
  const used = new Set(reports.flatMap((r) => r.data?.symptoms ?? []));
  assert.deepEqual(SYMPTOM_IDS.filter((id) => !used.has(id)), []);
});

test('every article that mentions suicide or self-harm shows the crisis help, and none writes crisis numbers by hand', () => {
  for (const r of reports) {
    const text = readFileSync(r.abs, 'utf8');
    if (/suicid|self-harm|harm yourself|end(ing)? your life/i.test(text)) {
      assert.ok(r.data!.warningSigns.includes('mental-health-crisis'), `${r.file} mentions suicide or self-harm without the crisis help`);
    }
    // The numbers live once, in content/warning-signs/mental-health-crisis.yaml.
    assert.doesNotMatch(text, /116 123|\b988\b/, `${r.file} writes a crisis number by hand`);
  }
});
