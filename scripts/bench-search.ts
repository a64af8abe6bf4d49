/**
 * `npm run bench:search`: how fast search feels, in Chromium against the built
 * site. For each query it types the text into /search/ and times from the last
 * keystroke to rendered results (the 150 ms debounce included, as a reader
 * feels it). It also counts the bytes Pagefind loads for a first search in a
 * fresh browser. Run `npm run build` first.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser, PHONE } from './support/chromium.ts';
import { loadQueries } from './support/queries.ts';
import { serveSite } from './support/server.ts';

const server = await serveSite();
const browser = await launchBrowser();
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

try {
  // 1. Bytes for the first search, in a fresh context with an empty cache.
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const loaded: { url: string; bytes: number; gzip: number }[] = [];
  const record = async (r: import('playwright-core').Response) => {
    if (!new URL(r.url()).pathname.startsWith('/pagefind/') && !/search-controller|live-dropdown|warning-signs\.json/.test(r.url())) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    loaded.push({ url: new URL(r.url()).pathname, bytes: body.length, gzip: gzipSync(body).length });
  };
  page.on('response', record);
  await page.goto(server.url('/'));
  await page.locator('#header-q').fill('calf cramp');
  await page.locator('#header-search-results .search-result').first().waitFor();
  await page.waitForLoadState('networkidle');
  page.off('response', record);
  const firstBytes = loaded.reduce((n, f) => n + f.bytes, 0);
  const firstGzip = loaded.reduce((n, f) => n + Math.min(f.bytes, f.gzip), 0);

  // 2. Keystroke to rendered results, over the query set, with a warm index as a reader has after the first search.
  await page.goto(server.url('/search/'));
  const times: number[] = [];
  for (const { query } of loadQueries()) {
    await page.locator('#search-q').fill('');
    await page.waitForFunction(() => !document.querySelector('.search-status')?.textContent);
    const ms = await page.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      const status = document.querySelector('.search-status')!;
      return new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (status.textContent) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }, query);
    times.push(ms);
  }
  await context.close();

  const result = {
    queries: times.length,
    keystrokeToResultsMs: { median: Math.round(pct(times, 50)), p95: Math.round(pct(times, 95)), max: Math.round(Math.max(...times)) },
    debounceMs: 150,
    firstSearch: { files: loaded.length, bytes: firstBytes, transferBytesGzip: firstGzip, byFile: loaded },
  };
  console.log(`search benchmark over ${result.queries} queries (Chromium, phone viewport, warm index)`);
  console.log(`  keystroke to rendered results: median ${result.keystrokeToResultsMs.median} ms, p95 ${result.keystrokeToResultsMs.p95} ms (includes the ${result.debounceMs} ms debounce)`);
  console.log(`  first search loads ${loaded.length} files: ${(firstBytes / 1024).toFixed(1)} KB (${(firstGzip / 1024).toFixed(1)} KB if served gzip)`);
  for (const f of loaded) console.log(`    ${f.url.padEnd(60)} ${(f.bytes / 1024).toFixed(1)} KB`);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/search-results.json', `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
