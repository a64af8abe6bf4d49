import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { visit } from 'unist-util-visit';
import { articleSchema, type ArticleData } from './article-schema.ts';
import { parseBody, readability, wordCount, wordsOf, sentencesOf, readerText, type Readability } from './readability.ts';

/** The editorial limits from docs/writing-articles.md, checked by `npm test`. */
export const MAX_GRADE = 7;
export const MAX_SENTENCE_WORDS = 25;

export interface ArticleReport {
  data?: ArticleData;
  readability: Readability;
  words: number;
  problems: string[];
}

export function frontmatterOf(text: string): unknown {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return fm === undefined ? undefined : parseYaml(fm);
}

/** Footnote labels that are cited but not defined, and defined but never cited. */
export function footnoteProblems(markdown: string): string[] {
  const tree = parseBody(markdown);
  const refs = new Set<string>();
  const defs = new Set<string>();
  visit(tree, 'footnoteReference', (n: FootnoteReference) => void refs.add(n.identifier));
  visit(tree, 'footnoteDefinition', (n: FootnoteDefinition) => void defs.add(n.identifier));
  const problems: string[] = [];
  for (const r of refs) if (!defs.has(r)) problems.push(`footnote [^${r}] is cited but has no definition`);
  for (const d of defs) if (!refs.has(d)) problems.push(`footnote [^${d}] is defined but never cited`);
  if (defs.size === 0) problems.push('no footnotes: cite non-obvious claims with [^1] and a definition');
  return problems;
}

/** Everything the editorial checks can say about one article file. */
export function checkArticle(text: string): ArticleReport {
  const problems: string[] = [];
  const parsed = articleSchema.safeParse(frontmatterOf(text));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const r = readability(text);
  if (r.grade > MAX_GRADE) problems.push(`reading grade ${r.grade} is above ${MAX_GRADE}: use shorter sentences and words`);
  for (const s of sentencesOf(readerText(parseBody(text)))) {
    const n = wordsOf(s).length;
    if (n > MAX_SENTENCE_WORDS) problems.push(`sentence of ${n} words: "${s.slice(0, 80)}..."`);
  }
  problems.push(...footnoteProblems(text));
  return { data: parsed.success ? parsed.data : undefined, readability: r, words: wordCount(text), problems };
}
