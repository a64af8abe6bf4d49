import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

export interface PageWeight {
  path: string;
  /** Bytes a gzip-serving host would send, images left out. */
  transferGzip: number;
  jsGzip: number;
  requests: { url: string; type: string; gzip: number }[];
}

/** Loads a page in a fresh tab and weighs everything it fetched, as gzip would send it. */
export async function weighPage(context: BrowserContext, url: string): Promise<PageWeight> {
  const page = await context.newPage();
  const pending: Promise<{ url: string; type: string; gzip: number }>[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    pending.push(
      r.body().then(
        (body) => ({ url: r.url(), type, gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length) }),
        () => ({ url: r.url(), type, gzip: 0 }),
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const requests = await Promise.all(pending);
  await page.close();
  const counted = requests.filter((r) => r.type !== 'image');
  return {
    path: new URL(url).pathname,
    transferGzip: counted.reduce((n, r) => n + r.gzip, 0),
    jsGzip: counted.filter((r) => r.type === 'script').reduce((n, r) => n + r.gzip, 0),
    requests,
  };
}
