import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema.ts';
import { ARTICLES_DIR } from './lib/paths.ts';


const articles = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: ARTICLES_DIR }),
  schema: articleSchema,
});

export const collections = { articles };
