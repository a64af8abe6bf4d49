import type { AstroConfig } from 'astro';
import { createWorkerPool, type WorkerPool } from '../build/worker-pool.ts';
import { usesArticleMarkdown } from './pipeline.ts';

/** What a worker needs to render one article, as Astro's Markdown entry type would. */
export interface MarkdownJob {
  /** The renderer's settings from the config (images, highlighting, GFM, smart punctuation). */
  shared: Record<string, unknown>;
  body: string;
  data: Record<string, unknown>;
  filePath?: string;
}
export interface RenderedMarkdown {
  html: string;
  metadata: Record<string, unknown> & { imagePaths: string[] };
}

type EntryType = {
  extensions: string[];
  getRenderFunction?: (config: AstroConfig) => Promise<(entry: { body?: string; data: Record<string, unknown>; filePath?: string }) => Promise<unknown>>;
};

/**
 * Markdown articles rendered on every core. Astro's glob loader renders each
 * Markdown file on the build's one thread, and rendering is most of what the
 * content sync costs; here its Markdown entry type hands each body to worker
 * threads that render it with the same processor (./pipeline.ts) and give
 * back the same HTML and metadata. The loader keeps everything else it does
 * (reading, frontmatter, schema, the content cache: unchanged files are not
 * rendered at all).
 *
 * Falls back to rendering on the main thread when the config no longer uses
 * the processor from ./pipeline.ts, or when its settings cannot be sent to a
 * worker. Returns the entry types to hand the loader and a `close` to call
 * when it is done.
 */
export function renderInWorkers(
  entryTypes: Map<string, EntryType> | undefined,
  config: AstroConfig,
): { entryTypes: Map<string, EntryType> | undefined; close: () => Promise<void> } {
  const markdown = entryTypes?.get('.md');
  const idle = { entryTypes, close: async () => {} };
  if (!entryTypes || !markdown?.getRenderFunction) return idle;
  if (!usesArticleMarkdown(config.markdown.processor)) return idle;
  let shared: Record<string, unknown>;
  try {
    const { image, markdown: md } = config;
    shared = structuredClone({ image, syntaxHighlight: md.syntaxHighlight, shikiConfig: md.shikiConfig, gfm: md.gfm, smartypants: md.smartypants });
  } catch {
    return idle;
  }

  let pool: WorkerPool<MarkdownJob, RenderedMarkdown> | undefined;
  let closed = false;
  const parallel: EntryType = {
    ...markdown,
    getRenderFunction: async (cfg) => {
      // Astro's own, for anything rendered after the loader is done (a file edited in `astro dev`).
      const onMainThread = await markdown.getRenderFunction!(cfg);
      return async (entry) => {
        if (closed) return onMainThread(entry);
        pool ??= createWorkerPool<MarkdownJob, RenderedMarkdown>(new URL('./render-worker.ts', import.meta.url));
        return pool.run({ shared, body: entry.body ?? '', data: entry.data, filePath: entry.filePath });
      };
    },
  };
  const types = new Map(entryTypes);
  for (const [ext, type] of entryTypes) if (type === markdown) types.set(ext, parallel);
  return {
    entryTypes: types,
    close: async () => {
      closed = true;
      await pool?.close();
    },
  };
}
