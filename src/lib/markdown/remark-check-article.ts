import path from 'node:path';
import type { Heading, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Fails the build on what a reader would trip over in one article body: an
 * image with no alt text, an h1 (the title is the page's h1), a link that is
 * not https or not a clean site path.
 *
 * Where links and `#anchors` lead is checked on the built site instead
 * (src/integrations/link-check.ts): only there is every page known, and a
 * cached, unchanged article is still checked when its target changes.
 *
 * Each message names the file, the field ("body") and the line.
 */
export interface CheckArticleOptions {
  /** The articles folder, as the content collection loads it. */
  articlesDir: string;
}

const EXTERNAL = /^(https:|mailto:|tel:)/;

export class ArticleContentError extends Error {
  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}: body${line ? ` (line ${line})` : ''}: ${problem}`);
    this.name = 'ArticleContentError';
  }
}

export default function remarkCheckArticle(options: CheckArticleOptions) {
  const articlesDir = path.resolve(options.articlesDir);

  return (tree: Root, file: VFile) => {
    // Only articles are checked; other Markdown (if any) is not ours to police.
    const filePath = file.path ? path.resolve(file.path) : '';
    if (!filePath.startsWith(articlesDir + path.sep)) return;

    const shown = path.relative(process.cwd(), filePath);
    const fail = (node: { position?: { start: { line: number } } }, problem: string): never => {
      throw new ArticleContentError(shown, node.position?.start.line, problem);
    };

    // One walk over the tree: this runs for every article on every build.
    visit(tree, (node: any) => {
      switch (node.type) {
        case 'heading':
          if ((node as Heading).depth === 1) fail(node, 'use ## for headings: the title is the page heading (h1)');
          return;
        case 'image':
          if (!(node as Image).alt?.trim()) fail(node, `image "${node.url}" has no alt text: describe what it shows`);
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          if (node.name !== 'img') return;
          const alt = node.attributes?.find((a: any) => a.name === 'alt');
          if (!alt || (typeof alt.value === 'string' && !alt.value.trim())) fail(node, 'an <img> has no alt text');
          return;
        }
        case 'html':
          if (/<img\b/i.test(node.value) && !/\balt\s*=\s*"[^"\s][^"]*"/i.test(node.value)) fail(node, 'an <img> has no alt text');
          return;
        case 'link':
          checkLink(node as Link, fail);
      }
    });
  };
}

function checkLink(node: Link, fail: (node: Link, problem: string) => never): void {
  const url = node.url;
  if (EXTERNAL.test(url)) return;
  if (url.startsWith('http:')) fail(node, `link "${url}" must use https`);
  if (url.startsWith('#')) return; // checked against the built page, with the layout's own sections
  if (!url.startsWith('/')) fail(node, `link "${url}" must start with / (a path on this site) or https://`);
  const pathname = url.split(/[?#]/, 1)[0]!;
  if (!pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname)) {
    fail(node, `link "${url}" must end with a slash, like /articles/sciatica/`);
  }
}
