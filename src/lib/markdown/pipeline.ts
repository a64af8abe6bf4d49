import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkCheckArticle from './remark-check-article.ts';
import remarkSmartypantsFast from './smartypants.ts';
import { headingAnchor } from './heading-anchor.ts';
import { ARTICLES_DIR } from '../content/paths.ts';

/**
 * The site's Markdown processor, in one place: astro.config.mjs sets it, and
 * the content loader's worker threads (src/lib/markdown/render-worker.ts)
 * build their renderer from this same module.
 */
export const articleMarkdown = unified({
  // Smart quotes and dashes as Astro's remark-smartypants makes them, skipping the text they cannot change.
  smartypants: false,
  remarkPlugins: [remarkGfm, remarkSmartypantsFast, [remarkCheckArticle, { articlesDir: ARTICLES_DIR, componentsDir: './src/components' }]],
  rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, headingAnchor]],
});

/**
 * Marks the processor above, so the loader can tell that the config still
 * uses it before rendering in worker threads that build their own copy. The
 * mark is on its function: Astro copies the processor object itself.
 */
export const ARTICLE_MARKDOWN = Symbol.for('calm-body.article-markdown');
(articleMarkdown.createRenderer as unknown as Record<symbol, boolean>)[ARTICLE_MARKDOWN] = true;
export const usesArticleMarkdown = (processor: { createRenderer?: unknown }) =>
  Boolean((processor.createRenderer as Record<symbol, unknown> | undefined)?.[ARTICLE_MARKDOWN]);
