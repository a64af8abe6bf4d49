import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR } from './paths.ts';
import { SITE_IMAGE_SLUG } from '../site/routes.ts';

/**
 * Which files are articles: the one definition, used by the content loader,
 * the sitemap dates, `npm run check:articles`, `npm run check:reviews` and
 * the content tests.
 *
 * An article is a `.md` or `.mdx` file directly in content/articles/; its
 * file name (without the ending) is its address, /articles/<name>/. A name
 * starting with `_` or `.` is not an article (notes, editor files). Files in a
 * subfolder and two files with the same name are refused rather than built or
 * dropped, because either would lose or hide a page without anyone noticing.
 */
export interface ArticleFile {
  /** The address part: content/articles/sciatica.md is "sciatica". */
  slug: string;
  /** The path as a writer sees it, from the project root: content/articles/sciatica.md. */
  file: string;
  /** The absolute path, for reading. */
  abs: string;
}

export const ARTICLE_EXTENSIONS = /\.mdx?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ArticleFiles {
  files: ArticleFile[];
  /** One plain sentence per problem, each starting with the file(s) it is about. */
  problems: string[];
}

export function findArticleFiles(dir: string = ARTICLES_DIR): ArticleFiles {
  const root = path.resolve(dir);
  const shown = (rel: string) => path.join(path.relative(process.cwd(), root) || '.', rel).split(path.sep).join('/');
  const files: ArticleFile[] = [];
  const problems: string[] = [];
  const entries = readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
  for (const rel of entries) {
    const name = path.basename(rel);
    if (!ARTICLE_EXTENSIONS.test(name) || /^[_.]/.test(name)) continue;
    if (rel.split(path.sep).some((part) => /^[_.]/.test(part))) continue;
    if (rel.includes(path.sep)) {
      problems.push(
        `${shown(rel)}: articles must sit directly in content/articles/, not in a subfolder; move it to ${shown(name)}`,
      );
      continue;
    }
    const slug = name.replace(ARTICLE_EXTENSIONS, '');
    if (!SLUG.test(slug)) {
      problems.push(
        `${shown(rel)}: the file name becomes the page address, so use lower-case words joined by hyphens, like back-pain-at-night.md`,
      );
      continue;
    }
    if (slug === SITE_IMAGE_SLUG) {
      problems.push(
        `${shown(rel)}: an article cannot be called "${slug}": the site's own share image has that name, and one would replace the other; rename the file`,
      );
      continue;
    }
    files.push({ slug, file: shown(rel), abs: path.join(root, rel) });
  }
  const bySlug = new Map<string, ArticleFile[]>();
  for (const f of files) bySlug.set(f.slug, [...(bySlug.get(f.slug) ?? []), f]);
  for (const [slug, same] of bySlug) {
    if (same.length > 1) {
      problems.push(
        `${same.map((f) => f.file).join(' and ')}: two articles have the same name "${slug}", so one would replace the other; rename or remove one`,
      );
    }
  }
  return { files, problems };
}
