import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema.ts';
import { ARTICLES_DIR } from './lib/paths.ts';
import { strictLoader } from './lib/strict-loader.ts';
const articles = defineCollection({
  loader: strictLoader(glob({ pattern: '**/[^_]*.{md,mdx}', base: ARTICLES_DIR })),
  schema: articleSchema,
});

export const collections = { articles };
