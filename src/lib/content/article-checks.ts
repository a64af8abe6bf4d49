import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { ArticleData } from '../schemas/article.ts';
import { bodyProblems } from './body-checks.ts';
import { frontmatterProblems, type Problem } from './frontmatter-checks.ts';
import { readability, wordCount, wordsOf, sentencesOf, readerText, type Readability } from './readability.ts';

/**
 * Everything that can be said about one article file: the build's own checks
 * (frontmatter and body, the same functions the build runs) plus the
 * editorial limits from docs/house-style.md (reading grade, sentence length,
 * footnotes), which `npm test` and `npm run check:articles` enforce.
 */
export const MAX_GRADE = 7;
export const MAX_SENTENCE_WORDS = 25;

export interface ArticleReport {
  data?: ArticleData;
  readability: Readability;
  words: number;
  problems: Problem[];
}

/** Footnote labels that are cited but not defined, and defined but never cited. */
export function footnoteProblems(tree: Root): string[] {
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

/** The body as the build's Markdown (or MDX) parser reads it, with lines counted from the top of the file. */
export function parseArticleBody(text: string, mdx: boolean): Root {
  // Frontmatter lines are blanked, not removed, so every position is a line in the file.
  const { content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (mdx) processor.use(remarkMdx);
  return processor.parse(content) as Root;
}

/**
 * @param file the path a writer sees (content/articles/x.md)
 * @param abs  the absolute path, to resolve MDX imports
 */
export function checkArticle(text: string, file = 'article.md', abs = path.resolve(file)): ArticleReport {
  const { data, problems } = frontmatterProblems(file, text);
  const mdx = file.endsWith('.mdx');
  let tree: Root;
  try {
    tree = parseArticleBody(text, mdx);
  } catch (e) {
    const place = (e as { line?: number }).line;
    const reason = (e as { reason?: string }).reason ?? String(e);
    problems.push({ file, line: place, field: 'body', message: `the MDX cannot be read (${reason})` });
    return { data, readability: { grade: 0, words: 0, sentences: 0, longestSentence: '' }, words: 0, problems };
  }
  for (const p of bodyProblems(tree, { mdx, fileDir: path.dirname(abs), componentsDir: path.resolve('src/components') })) {
    problems.push({ file, line: p.line, field: 'body', message: p.message });
  }
  const r = readability(text);
  const body = (message: string) => problems.push({ file, field: 'body', message });
  if (r.grade > MAX_GRADE) body(`reading grade ${r.grade} is above ${MAX_GRADE}: use shorter sentences and words`);
  for (const s of sentencesOf(readerText(tree))) {
    const n = wordsOf(s).length;
    if (n > MAX_SENTENCE_WORDS) body(`sentence of ${n} words: "${s.slice(0, 80)}..."`);
  }
  footnoteProblems(tree).forEach(body);
  return { data, readability: r, words: wordCount(text), problems };
}
