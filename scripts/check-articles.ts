/**
 * Editorial checks for writers: `npm run check:articles [file ...]` prints each
 * article's reading grade, word count and any problem, without a full build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkArticle } from '../src/lib/article-checks.ts';
import { ARTICLES_DIR } from '../src/lib/paths.ts';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(ARTICLES_DIR)
      .filter((f) => /^[^_].*\.mdx?$/.test(f))
      .map((f) => path.join(ARTICLES_DIR, f));

let failed = 0;
for (const file of files) {
  const report = checkArticle(readFileSync(file, 'utf8'));
  const { grade, sentences } = report.readability;
  console.log(`${path.basename(file)}: grade ${grade}, ${report.words} words, ${sentences} sentences, ${report.data?.sources.length ?? '?'} sources`);
  for (const p of report.problems) console.log(`  - ${p}`);
  if (report.problems.length) failed++;
}
if (failed) {
  console.error(`${failed} of ${files.length} articles have problems`);
  process.exitCode = 1;
}
