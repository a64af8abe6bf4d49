import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodyProblems } from '../content/body-checks.ts';

/**
 * The build's side of the body checks (src/lib/content/body-checks.ts): fails
 * an article whose body a reader would trip over, naming the file, the field
 * ("body") and the line in the file, with every problem found, not just the
 * first.
 */
export interface CheckArticleOptions {
  /** The articles folder, as the content collection loads it. */
  articlesDir: string;
  /** The only folder MDX articles may import from. */
  componentsDir: string;
}

export class ArticleContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleContentError';
    // Astro's Markdown renderer prints the error as it passes it on: show the writer the message, not our frames.
    this.stack = `${this.name}: ${message}`;
  }
}

/**
 * How many lines above the tree's line 1 the file has. Astro hands the
 * processor a body with the frontmatter cut off, so its line 1 is the first
 * line after the closing ---; MDX keeps the frontmatter lines.
 */
function lineOffset(file: VFile, filePath: string): number {
  const processed = String(file.value ?? '');
  let raw: string;
  try {
    raw = readFileSync(filePath, 'utf8');
  } catch {
    return 0;
  }
  // The body as handed over is the end of the file: count the lines above it.
  const body = processed.trimEnd();
  const at = body ? raw.lastIndexOf(body) : -1;
  if (at >= 0) return raw.slice(0, at).split('\n').length - 1;
  return Math.max(0, raw.split('\n').length - processed.split('\n').length);
}

export default function remarkCheckArticle(options: CheckArticleOptions) {
  const articlesDir = path.resolve(options.articlesDir);
  const componentsDir = path.resolve(options.componentsDir);

  return (tree: Root, file: VFile) => {
    // Only articles are checked; other Markdown (if any) is not ours to police.
    const filePath = file.path ? path.resolve(file.path) : '';
    if (!filePath.startsWith(articlesDir + path.sep)) return;
    const problems = bodyProblems(tree, {
      mdx: filePath.endsWith('.mdx'),
      fileDir: path.dirname(filePath),
      componentsDir,
      lineOffset: lineOffset(file, filePath),
    });
    if (problems.length) {
      const shown = path.relative(process.cwd(), filePath);
      throw new ArticleContentError(problems.map((p) => `${shown}${p.line ? `, line ${p.line}` : ''}, body: ${p.message}`).join('\n'));
    }
  };
}
