/**
 * `npm run check:reviews`: for a scheduled job. Lists every article past its
 * review date or due within 30 days, and exits non-zero when there is any.
 */
import { readFileSync } from 'node:fs';
import { findArticleFiles } from '../src/lib/content/article-files.ts';
import { frontmatterProblems, formatProblem } from '../src/lib/content/frontmatter-checks.ts';
import { DUE_SOON_DAYS, reviewStatus } from '../src/lib/content/reviews.ts';
import { formatDate } from '../src/lib/site/dates.ts';

const { files } = findArticleFiles();
const due: string[] = [];
for (const f of files) {
  const { data, problems } = frontmatterProblems(f.file, readFileSync(f.abs, 'utf8'));
  if (!data) {
    due.push(...problems.map(formatProblem));
    continue;
  }
  const status = reviewStatus(data.nextReview);
  if (status === 'overdue') due.push(`${f.file}: overdue for review since ${formatDate(data.nextReview)} (last reviewed ${formatDate(data.reviewed)})`);
  if (status === 'due-soon') due.push(`${f.file}: due for review on ${formatDate(data.nextReview)}, within ${DUE_SOON_DAYS} days`);
}
if (due.length) {
  console.log(`${due.length} article(s) need review:\n${due.map((d) => `  - ${d}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`All ${files.length} articles are within their review dates (none due in the next ${DUE_SOON_DAYS} days).`);
}
