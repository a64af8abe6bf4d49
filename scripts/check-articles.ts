/**
 * Checks for writers: `npm run check:articles [file ...]` runs the build's own
 * article checks (file names, frontmatter, body) and the editorial limits,
 * without a full build, and prints each article's reading grade and words.
 * Every problem is one line naming the file, the line and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkArticle } from '../src/lib/content/article-checks.ts';
import { findArticleFiles } from '../src/lib/content/article-files.ts';
import { formatProblem } from '../src/lib/content/frontmatter-checks.ts';

const { files, problems: fileProblems } = findArticleFiles();
const wanted = process.argv.slice(2).map((f) => path.resolve(f));
const chosen = wanted.length ? files.filter((f) => wanted.includes(f.abs)) : files;
for (const w of wanted) if (!files.some((f) => f.abs === w)) fileProblems.push(`${path.relative(process.cwd(), w)}: not an article in content/articles/`);

let bad = 0;
for (const p of fileProblems) console.log(`  - ${p}`);
for (const f of chosen) {
  const report = checkArticle(readFileSync(f.abs, 'utf8'), f.file, f.abs);
  const { grade, sentences } = report.readability;
  console.log(`${f.file}: grade ${grade}, ${report.words} words, ${sentences} sentences, ${report.data?.sources.length ?? '?'} sources`);
  for (const p of report.problems) console.log(`  - ${formatProblem(p)}`);
  if (report.problems.length) bad++;
}
if (bad || fileProblems.length) {
  console.error(`${bad + fileProblems.length} problem file(s) of ${chosen.length} articles`);
  process.exitCode = 1;
}
