import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { findArticleFiles } from './article-files.ts';
import { formatProblem, frontmatterProblems } from './frontmatter-checks.ts';
import { reviewStatus } from './reviews.ts';
import { writerError } from './writer-error.ts';
import { formatDate } from '../site/dates.ts';
import { shareImageQueue, type ShareImageRequest } from '../build/share-image.ts';
import { renderInWorkers } from '../markdown/parallel-render.ts';

/**
 * The articles loader: Astro's glob loader with the rules a writer must not
 * be able to break by accident.
 *
 * Before anything is built, every article file is checked (folder, name, and
 * frontmatter against the schema, with the line in the file), and the build
 * stops listing every problem in every file, so nothing is dropped or
 * half-built: the glob loader would otherwise keep one of two files with the
 * same name and warn, or crash later on a file in a subfolder.
 *
 * Astro's glob loader also logs an error when an entry fails to render (for
 * example when our body checks reject it) and carries on, leaving an empty
 * page. Here a failed render fails the build, and the broken entry is dropped
 * from the content cache so the next build renders it again.
 */
/**
 * The lines of a render error that speak to the writer. The glob loader wraps
 * our body-check message in "Error rendering x.md: Failed to parse Markdown
 * file ..."; the lines we wrote start with the article's path.
 */
function writerLines(message: string): string[] {
  const ours = message.split('\n').filter((l) => /^content\//.test(l.trim()));
  return ours.length ? ours.map((l) => l.trim()) : [message];
}

export function strictLoader(inner: Loader, articlesDir: string): Loader {
  return {
    ...inner,
    name: `strict-${inner.name}`,
    load: async (context) => {
      const { files, problems } = findArticleFiles(articlesDir);
      const overdue: string[] = [];
      const images: ShareImageRequest[] = [];
      for (const f of files) {
        const checked = frontmatterProblems(f.file, readFileSync(f.abs, 'utf8'));
        problems.push(...checked.problems.map(formatProblem));
        if (checked.data && !checked.data.draft) images.push({ slug: f.slug, title: checked.data.title });
        if (checked.data && reviewStatus(checked.data.nextReview) === 'overdue') {
          overdue.push(`${f.file} (review was due ${formatDate(checked.data.nextReview)})`);
        }
      }
      if (problems.length) {
        throw writerError(`Some articles need fixing before the site can be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
      // Titles are known before any Markdown is rendered: share images start drawing now, on the other cores.
      shareImageQueue()?.add(images);
      if (overdue.length) {
        context.logger.warn(`${overdue.length} article(s) overdue for review; each page says so to readers:\n${overdue.map((o) => `  - ${o}`).join('\n')}`);
      }
      const errors: string[] = [];
      // Collected, not printed: the build's one message lists them all once.
      const logger = Object.create(context.logger, {
        error: { value: (message: string) => errors.push(...writerLines(message)) },
      });
      // Markdown is rendered in worker threads, one per core; the glob loader does the rest as usual.
      const workers = renderInWorkers((context as { entryTypes?: Map<string, never> }).entryTypes, context.config);
      try {
        await inner.load({ ...context, logger, entryTypes: workers.entryTypes } as typeof context);
      } finally {
        await workers.close();
      }
      for (const entry of context.store.values()) {
        if (!entry.rendered && !entry.deferredRender) context.store.delete(entry.id);
      }
      if (errors.length) {
        throw writerError(`Some articles could not be built:\n${[...new Set(errors)].map((e) => `  - ${e}`).join('\n')}`);
      }
    },
  };
}
