/**
 * A worker thread of the articles loader: renders one Markdown body per job
 * with the site's processor (./pipeline.ts), and answers what Astro's own
 * Markdown entry type would: the HTML and its metadata.
 */
import { pathToFileURL } from 'node:url';
import { answerJobs } from '../build/worker-pool.ts';
import { articleMarkdown } from './pipeline.ts';
import type { MarkdownJob, RenderedMarkdown } from './parallel-render.ts';

type Renderer = Awaited<ReturnType<typeof articleMarkdown.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

answerJobs(async ({ shared, body, data, filePath }: MarkdownJob): Promise<RenderedMarkdown> => {
  renderer ??= articleMarkdown.createRenderer(shared as Parameters<typeof articleMarkdown.createRenderer>[0]);
  const result = await (await renderer).render(body, { frontmatter: data, fileURL: filePath ? pathToFileURL(filePath) : undefined });
  return {
    html: result.code,
    metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) },
  };
});
