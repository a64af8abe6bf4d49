import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schemas/article.ts';
import { warningSetSchema } from './lib/schemas/warning-sign.ts';
import { ARTICLES_DIR, WARNING_SIGNS_DIR } from './lib/content/paths.ts';
import { strictLoader } from './lib/content/strict-loader.ts';

const articles = defineCollection({
  // Every .md/.mdx file, subfolders included, so the loader can refuse what it would otherwise skip.
  // retainBody: false: pages show the rendered HTML, never the Markdown, and Astro loads everything it keeps as
  // one JavaScript module whose compile time grows faster than the library (docs/benchmarks.md).
  loader: strictLoader(glob({ pattern: '**/[^_]*.{md,mdx}', base: ARTICLES_DIR, retainBody: false }), ARTICLES_DIR),
  schema: articleSchema,
});

/** One YAML file per topic: the signs that need fast help, written once for every page that shows them. */
const warningSigns = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: WARNING_SIGNS_DIR }),
  schema: warningSetSchema,
});

export const collections = { articles, warningSigns };
