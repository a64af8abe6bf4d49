import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { readFrontmatter } from './frontmatter.ts';

/**
 * The frontmatter side of an article's checks: the schema, with every problem
 * traced to its line in the file and its field named as a writer would count
 * (list positions from 1: `sources.2` is the second source). The content
 * loader runs this on every article before Astro does, so a build names every
 * bad file at once; `npm run check:articles` runs the same function.
 */
export interface Problem {
  file: string;
  line?: number;
  /** "title", "sources.2.url", "body", "frontmatter" */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `, line ${p.line}` : ''}, ${p.field}: ${p.message}`;
}

/** A zod path as a writer counts: numbers from 1. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.map((k) => (typeof k === 'number' ? String(k + 1) : String(k))).join('.') || 'frontmatter';

export function frontmatterProblems(file: string, text: string): { data?: ArticleData; problems: Problem[] } {
  const fm = readFrontmatter(text);
  if (!fm.present) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'frontmatter',
          message: 'the file has no frontmatter: it must start with a line of three dashes (---), then the fields (title, description, ...), then another line of ---',
        },
      ],
    };
  }
  if (fm.yamlError) {
    return {
      problems: [
        {
          file,
          line: fm.yamlError.line,
          field: 'frontmatter',
          message: `the frontmatter is not valid YAML (${fm.yamlError.message}): look for a missing colon, quote or bracket, or a field written twice`,
        },
      ],
    };
  }
  const parsed = articleSchema.safeParse(fm.data);
  if (parsed.success) return { data: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => ({
      file,
      line: fm.lineOf(issue.path),
      field: fieldName(issue.path),
      message: issue.message,
    })),
  };
}
