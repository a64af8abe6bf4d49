import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { articleMarkdown } from '../../src/lib/markdown/pipeline.ts';
import { renderInWorkers } from '../../src/lib/markdown/parallel-render.ts';

// Astro's own Markdown entry type, the one the glob loader uses (not a public export).
const { markdownContentEntryType } = await import(
  pathToFileURL(path.resolve('node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js')).href
);

const config = (processor: unknown) =>
  ({ image: { domains: [], remotePatterns: [] }, markdown: { processor, syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true } }) as unknown as AstroConfig;

test('articles rendered in worker threads come back as Astro renders them itself', async () => {
  const types = new Map([['.md', markdownContentEntryType]]);
  const cfg = config(articleMarkdown);
  const workers = renderInWorkers(types, cfg);
  try {
    const parallel = workers.entryTypes!.get('.md')!;
    assert.notEqual(parallel, markdownContentEntryType);
    const inWorkers = await parallel.getRenderFunction!(cfg);
    const here = await markdownContentEntryType.getRenderFunction(cfg);
    const dir = path.resolve('content/articles');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).slice(0, 8);
    await Promise.all(
      files.map(async (f) => {
        const filePath = path.join(dir, f);
        const info = await markdownContentEntryType.getEntryInfo({ contents: readFileSync(filePath, 'utf8'), fileUrl: pathToFileURL(filePath) });
        const entry = { id: f, data: info.data, body: info.body, filePath };
        assert.deepEqual(await inWorkers(entry), await here(entry), f);
      }),
    );
  } finally {
    await workers.close();
  }
});

test('with any other Markdown processor, articles are rendered as before, on the main thread', () => {
  const types = new Map([['.md', markdownContentEntryType]]);
  assert.equal(renderInWorkers(types, config(unified())).entryTypes, types);
});
