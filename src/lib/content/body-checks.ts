import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Image, Link, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { readerText, wordsOf } from './readability.ts';
import { RESERVED_IDS } from './page-sections.ts';

/**
 * What a reader would trip over in one article body, found in its Markdown
 * tree. The one set of body rules: the build runs it (remark plugin) and so
 * does `npm run check:articles`. Each problem carries the line in the file.
 *
 * Where links and `#anchors` lead is checked on the built site instead
 * (src/integrations/link-check.ts): only there is every page known.
 */
export interface BodyProblem {
  line?: number;
  message: string;
}

export interface BodyCheckOptions {
  /** MDX articles may use components; Markdown articles may not use raw HTML. */
  mdx: boolean;
  /** The article's folder, to resolve MDX imports. */
  fileDir: string;
  /** The only folder MDX articles may import from. */
  componentsDir: string;
  /** Added to every line the tree reports, when the tree starts below the frontmatter. */
  lineOffset?: number;
}

/** Fewer words than this is a stub, not an answer: the shortest real article has about 400. */
export const MIN_BODY_WORDS = 150;

const EXTERNAL = /^(https:|mailto:|tel:)/;
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base']);

export function linkProblem(url: string): string | undefined {
  if (/^\s*(javascript|data|vbscript):/i.test(url)) return `link "${url}" is not allowed: links must go to a web page`;
  if (EXTERNAL.test(url)) return undefined;
  if (url.startsWith('http:')) return `link "${url}" must use https`;
  if (url.startsWith('#')) return undefined; // checked against the built page, with the layout's own sections
  if (!url.startsWith('/')) return `link "${url}" must start with / (a path on this site) or https://`;
  const pathname = url.split(/[?#]/, 1)[0]!;
  if (!pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname)) return `link "${url}" must end with a slash, like /articles/sciatica/`;
  return undefined;
}

type Attr = { type: string; name?: string; value?: unknown };

export function bodyProblems(tree: Root, options: BodyCheckOptions): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const offset = options.lineOffset ?? 0;
  const add = (node: { position?: { start: { line: number } } } | undefined, message: string) =>
    problems.push({ line: node?.position ? node.position.start.line + offset : undefined, message });
  const slugger = new GithubSlugger();

  // One walk over the tree: this runs for every article on every build.
  visit(tree, (node: any) => {
    switch (node.type) {
      case 'heading': {
        const h = node as Heading;
        if (h.depth === 1) add(node, 'use ## for headings: the title is the page heading (h1)');
        const id = slugger.slug(toString(h));
        if (RESERVED_IDS.has(id)) {
          add(node, `the heading "${toString(h)}" would clash with the "${id}" section the page adds itself: give it another name`);
        }
        return;
      }
      case 'image':
        if (!(node as Image).alt?.trim()) add(node, `image "${node.url}" has no alt text: describe what it shows`);
        return;
      case 'link': {
        const p = linkProblem((node as Link).url);
        if (p) add(node, p);
        return;
      }
      case 'html':
        // Markdown articles are Markdown: raw HTML would get round every check here.
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
          add(node, 'raw HTML is not allowed in an article: write links and images in Markdown instead');
        }
        return;
      case 'mdxjsEsm':
        checkEsm(node, options, (m) => add(node, m));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node, (m) => add(node, m));
        return;
    }
  });

  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.line}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  problems.length = 0;
  problems.push(...unique);

  const words = readerText(tree).reduce((n, block) => n + wordsOf(block).length, 0);
  if (words < MIN_BODY_WORDS) {
    problems.push({
      line: offset + 1,
      message: `the article has only ${words} words of text: write at least ${MIN_BODY_WORDS}, so the page answers the reader's question`,
    });
  }
  return problems;
}

function checkEsm(node: any, options: BodyCheckOptions, fail: (m: string) => void) {
  const body: any[] = node.data?.estree?.body ?? [];
  for (const statement of body) {
    // `export const x = ...` only names a value for the page's expressions; anything else is code.
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration') continue;
    if (statement.type !== 'ImportDeclaration') {
      fail('an MDX article may only import components from src/components/ and export constants, nothing else');
      continue;
    }
    const source = String(statement.source.value);
    const target = path.resolve(options.fileDir, source);
    const inside = target.startsWith(path.resolve(options.componentsDir) + path.sep);
    if (!inside) fail(`MDX articles may only import from src/components/: "${source}" is outside it`);
    else if (!existsSync(target)) fail(`the component "${source}" does not exist in src/components/`);
  }
}

function checkJsx(node: any, fail: (m: string) => void) {
  const name = String(node.name ?? '');
  if (UNSAFE_ELEMENTS.has(name.toLowerCase())) fail(`<${name}> is not allowed in an article`);
  const attrs: Attr[] = node.attributes ?? [];
  for (const a of attrs) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (/^on/i.test(a.name)) fail(`the attribute ${a.name} (a script) is not allowed in an article`);
    if (a.name === 'target') fail('target is not allowed: links open in the same tab, so the Back button works');
    if ((a.name === 'href' || a.name === 'src') && typeof a.value === 'string') {
      const p = a.name === 'href' ? linkProblem(a.value) : /^\s*(javascript|data|http):/i.test(a.value) ? `"${a.value}" is not allowed as an image address` : undefined;
      if (p) fail(p);
    }
  }
  if (name === 'img') {
    const alt = attrs.find((a) => a.name === 'alt');
    if (!alt || (typeof alt.value === 'string' && !alt.value.trim())) fail('an <img> has no alt text');
  }
}
