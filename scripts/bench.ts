/**
 * `npm run bench`: speed and weight, measured. Not part of `npm test`.
 *
 *   1. Bytes and JavaScript per page type (Chromium, gzip as a host would send).
 *   2. Lighthouse (mobile) on home, an article and /search/.
 *   3. Scale: 100, 1,000 and 10,000 synthetic articles built in a temp copy of
 *      the site (never in content/): cold (no caches), warm (content cache
 *      cleared; share images and compressed files kept) and after editing one
 *      article (every cache kept), beside the same Markdown built by a bare
 *      one-file Astro site (the floor), and beside the floor plus the cheapest
 *      way to encode that many share-image-sized PNGs here (the image floor).
 *
 * Prints a table and writes bench/results.json.
 * Options: --sizes 100,1000  --skip-weight (no real-site page weight or Lighthouse)
 *          --skip-lighthouse  --skip-scale  --edit-all (the edit build at every size, not only up to 1,000)
 *          --out bench/results.json
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, newContext } from './support/chromium.ts';
import { weighPage } from './support/page-weight.ts';
import { copyProject } from './support/project-copy.ts';
import { ROOT, serveSite } from './support/server.ts';
import { syntheticArticle } from './bench/synthetic.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const sizes = (args[args.indexOf('--sizes') + 1] && args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '100,1000,10000')
  .split(',')
  .map(Number);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const KB = 1024;
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, Node ${process.version}` };

function dirSize(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(path.join(dir, f));
    if (s.isFile()) total += s.size;
  }
  return total;
}

/** Runs `astro build` in a folder under /usr/bin/time: wall seconds, CPU seconds (all threads and child processes), peak memory. */
function timedBuild(dir: string) {
  const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M CPU_S=%U+%S', process.execPath, astro, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`build failed in ${dir}:\n${out.slice(-3000)}`);
  const peakMb = Number(/PEAK_RSS_KB=(\d+)/.exec(out)?.[1] ?? 0) / 1024;
  const indexMs = Number(/indexed \d+ pages in (\d+) ms/.exec(out)?.[1] ?? NaN);
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(out);
  const cpuSeconds = cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 10) / 10 : NaN;
  return { seconds: Math.round(seconds * 10) / 10, cpuSeconds, peakMb: Math.round(peakMb), indexSeconds: Math.round(indexMs / 100) / 10 };
}

async function firstSearchBytes(root: string, query: string): Promise<number> {
  const server = await serveSite(root);
  const browser = await launchBrowser();
  try {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
    await page.locator('.search-result').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A bare Astro site: the same glob loader, one page file, no layout, no schema.
 * The floor. With `unified`, it runs the Markdown pipeline our stack requires
 * (unified with remark-gfm and rehype-slug), so the ratio to it is the cost of
 * everything we add; without, Astro's default Markdown processor.
 */
function bareProject(pipeline: 'unified' | 'default'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'calm-body-floor-'));
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name !== '.astro' && name !== '.cache') symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
  mkdirSync(path.join(dir, 'src', 'pages', 'articles'), { recursive: true });
  mkdirSync(path.join(dir, 'content', 'articles'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    pipeline === 'unified'
      ? `import { unified } from '@astrojs/markdown-remark';\nimport remarkGfm from 'remark-gfm';\nimport rehypeSlug from 'rehype-slug';\nexport default { markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] }) } };\n`
      : 'export default {};\n',
  );
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content/articles' }) }) };\n`,
  );
  writeFileSync(
    path.join(dir, 'src', 'pages', 'articles', '[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
  );
  return dir;
}

function writeSynthetic(dir: string, n: number) {
  const articles = path.join(dir, 'content', 'articles');
  rmSync(articles, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  for (let i = 0; i < n; i++) {
    const { name, text } = syntheticArticle(i, n);
    writeFileSync(path.join(articles, name), text);
  }
}

/** Changes one sentence of one synthetic article, as a writer's small edit would. */
async function editOneArticle(dir: string) {
  const { readFileSync } = await import('node:fs');
  const file = path.join(dir, 'content', 'articles', 'synthetic-0.md');
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/\n\n([A-Z][^\n]*?)\./, '\n\n$1, edited.');
  if (edited === text) throw new Error('could not edit synthetic-0.md');
  writeFileSync(file, edited);
}

/**
 * The share-image part of the image floor: the cheapest way found here to
 * encode `n` PNGs of the share image's size as the site ships them (sharp,
 * RGB without alpha, compression level 9), with the pixels already drawn (a few real share
 * images, drawn beforehand and not timed), on every core at once.
 */
async function imageFloorSeconds(n: number): Promise<number> {
  const { availableParallelism } = await import('node:os');
  const { default: sharp } = await import('sharp');
  const { SHARE_KICKER, shareImageSvg } = await import('../src/lib/build/share-image.ts');
  const drawn = await Promise.all(
    Array.from({ length: 8 }, async (_, i) => {
      const svg = await shareImageSvg(syntheticArticle(i, n).text.match(/^title: (.*)$/m)![1]!, SHARE_KICKER);
      return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    }),
  );
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: availableParallelism() }, async () => {
      while (next < n) {
        const { data, info } = drawn[next++ % drawn.length]!;
        await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).png({ compressionLevel: 9 }).toBuffer();
      }
    }),
  );
  return Math.round((performance.now() - started) / 100) / 10;
}

// 1 and 2: the real site.
if (!flag('skip-weight')) {
  console.log('building the real site...');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  {
    const server = await serveSite();
    const browser = await launchBrowser();
    const { context } = await newContext(browser);
    const types: Record<string, string> = { home: '/', article: '/articles/night-leg-cramps/', symptom: '/symptoms/back-pain/', search: '/search/', about: '/about/' };
    const weights: Record<string, { kb: number; jsKb: number; requests: number }> = {};
    for (const [type, p] of Object.entries(types)) {
      const w = await weighPage(context, server.url(p));
      weights[type] = { kb: Math.round((w.transferGzip / KB) * 10) / 10, jsKb: Math.round((w.jsGzip / KB) * 10) / 10, requests: w.requests.length };
    }
    results.pageWeights = weights;
    await browser.close();

    if (!flag('skip-lighthouse')) {
      const { default: lighthouse } = await import('lighthouse');
      const chromeLauncher = await import('chrome-launcher');
      const lh: Record<string, unknown> = {};
      for (const [type, p] of Object.entries({ home: '/', article: '/articles/night-leg-cramps/', search: '/search/' })) {
        const chrome = await chromeLauncher.launch({
          chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        });
        try {
          const run = await lighthouse(server.url(p), { port: chrome.port, output: 'json', logLevel: 'error' });
          const lhr = run!.lhr;
          const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
          lh[type] = {
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
            tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
            cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
            totalKb: Math.round((lhr.audits['total-byte-weight']?.numericValue ?? NaN) / KB),
          };
        } finally {
          chrome.kill();
        }
      }
      results.lighthouse = lh;
    }
    await server.close();
  }
}

// 3: scale.
if (!flag('skip-scale')) {
  const scale: Record<string, unknown>[] = [];
  const ours = copyProject('calm-body-scale-');
  const floor = bareProject('unified');
  const astroDefault = bareProject('default');
  try {
    for (const n of sizes) {
      console.log(`scale: ${n} articles...`);
      writeSynthetic(ours.dir, n);
      writeSynthetic(floor, n);
      writeSynthetic(astroDefault, n);
      rmSync(path.join(ours.dir, 'node_modules', '.cache'), { recursive: true, force: true });
      rmSync(path.join(ours.dir, 'node_modules', '.astro'), { recursive: true, force: true });
      const cold = timedBuild(ours.dir);
      rmSync(path.join(ours.dir, 'node_modules', '.astro'), { recursive: true, force: true }); // content cache cold, share images and compressed files warm
      const warm = timedBuild(ours.dir);
      // One article's text changed, every cache kept: what a writer waits for after an edit (up to 1,000 articles unless --edit-all).
      let edit = { seconds: NaN, cpuSeconds: NaN, peakMb: 0, indexSeconds: NaN };
      if (n <= 1000 || flag('edit-all')) {
        await editOneArticle(ours.dir);
        edit = timedBuild(ours.dir);
      }
      rmSync(path.join(floor, 'node_modules', '.astro'), { recursive: true, force: true });
      const bare = timedBuild(floor);
      rmSync(path.join(astroDefault, 'node_modules', '.astro'), { recursive: true, force: true });
      const bareDefault = timedBuild(astroDefault);
      const images = await imageFloorSeconds(n);
      const indexKb = Math.round(dirSize(path.join(ours.dir, 'dist', 'pagefind')) / KB);
      const searchKb = Math.round((await firstSearchBytes(ours.dir, 'calf cramp')) / KB);
      const ratio = (x: number, y: number) => Math.round((x / y) * 100) / 100;
      const row = {
        articles: n,
        coldSeconds: cold.seconds,
        warmSeconds: warm.seconds,
        editSeconds: edit.seconds,
        indexSeconds: warm.indexSeconds,
        indexKb,
        peakMb: Math.max(cold.peakMb, warm.peakMb, edit.peakMb),
        firstSearchKb: searchKb,
        floorSeconds: bare.seconds,
        imageEncodeSeconds: images,
        imageFloorSeconds: Math.round((bare.seconds + images) * 10) / 10,
        astroDefaultFloorSeconds: bareDefault.seconds,
        coldToFloor: ratio(cold.seconds, bare.seconds),
        coldToImageFloor: ratio(cold.seconds, bare.seconds + images),
        warmToFloor: ratio(warm.seconds, bare.seconds),
        editToWarm: ratio(edit.seconds, warm.seconds),
        // CPU time moves less than wall time when other jobs share the machine.
        cpu: { cold: cold.cpuSeconds, warm: warm.cpuSeconds, edit: edit.cpuSeconds, floor: bare.cpuSeconds },
        cpuColdToFloor: ratio(cold.cpuSeconds, bare.cpuSeconds),
        cpuWarmToFloor: ratio(warm.cpuSeconds, bare.cpuSeconds),
        msPerArticleCold: Math.round((cold.seconds * 1000) / n * 10) / 10,
        msPerArticleWarm: Math.round((warm.seconds * 1000) / n * 10) / 10,
        msPerArticleFloor: Math.round((bare.seconds * 1000) / n * 10) / 10,
      };
      scale.push(row);
      console.log(JSON.stringify(row));
    }
    // Per-article cost from the growth between the smallest and largest runs, so start-up time cancels out.
    if (scale.length > 1) {
      const a = scale[0] as any;
      const b = scale.at(-1) as any;
      const slope = (k: string) => ((b[k] - a[k]) * 1000) / (b.articles - a.articles);
      results.perArticleMs = {
        cold: slope('coldSeconds'),
        warm: slope('warmSeconds'),
        floor: slope('floorSeconds'),
        imageFloor: slope('imageFloorSeconds'),
        astroDefaultFloor: slope('astroDefaultFloorSeconds'),
      };
      results.ratioToFloor = {
        cold: slope('coldSeconds') / slope('floorSeconds'),
        coldToImageFloor: slope('coldSeconds') / slope('imageFloorSeconds'),
        warm: slope('warmSeconds') / slope('floorSeconds'),
      };
    }
    results.scale = scale;
  } finally {
    ours.remove();
    rmSync(floor, { recursive: true, force: true });
    rmSync(astroDefault, { recursive: true, force: true });
  }
}

// The table.
const lines: string[] = [];
if (results.pageWeights) {
  lines.push('', 'Page weight (gzip, images aside)', 'type      KB     JS KB  requests');
  for (const [type, w] of Object.entries(results.pageWeights as Record<string, any>)) {
    lines.push(`${type.padEnd(9)} ${String(w.kb).padStart(5)}  ${String(w.jsKb).padStart(6)}  ${String(w.requests).padStart(8)}`);
  }
}
if (results.lighthouse) {
  lines.push('', 'Lighthouse (mobile)', 'page      perf  a11y  best  seo   LCP ms  TBT ms  CLS    KB');
  for (const [type, r] of Object.entries(results.lighthouse as Record<string, any>)) {
    lines.push(`${type.padEnd(9)} ${[r.performance, r.accessibility, r.bestPractices, r.seo].map((x: number) => String(x).padStart(4)).join('  ')}  ${String(r.lcpMs).padStart(6)}  ${String(r.tbtMs).padStart(6)}  ${String(r.cls).padEnd(5)} ${String(r.totalKb).padStart(4)}`);
  }
}
if (results.scale) {
  lines.push(
    '',
    'Scale (synthetic 800-word articles; floor = bare one-file site, same Markdown pipeline; image floor = floor + encoding that many',
    '1200x630 share-image PNGs on every core, pixels already drawn; astro = bare site, Astro default Markdown; edit = one article changed, every cache kept)',
    'articles  cold s  warm s  edit s  floor s  img floor s  astro s  cold/floor  cold/img floor  warm/floor  edit/warm  index s  index KB  peak MB  1st search KB',
  );
  for (const r of results.scale as any[]) {
    lines.push(
      [
        String(r.articles).padStart(8),
        String(r.coldSeconds).padStart(6),
        String(r.warmSeconds).padStart(6),
        (r.editSeconds === null || Number.isNaN(r.editSeconds) ? '-' : String(r.editSeconds)).padStart(6),
        String(r.floorSeconds).padStart(7),
        String(r.imageFloorSeconds).padStart(11),
        String(r.astroDefaultFloorSeconds).padStart(7),
        `${r.coldToFloor.toFixed(2)}x`.padStart(10),
        `${r.coldToImageFloor.toFixed(2)}x`.padStart(14),
        `${r.warmToFloor.toFixed(2)}x`.padStart(10),
        (Number.isNaN(r.editToWarm) ? '-' : `${r.editToWarm.toFixed(2)}x`).padStart(9),
        String(r.indexSeconds).padStart(7),
        String(r.indexKb).padStart(8),
        String(r.peakMb).padStart(7),
        String(r.firstSearchKb).padStart(13),
      ].join('  '),
    );
  }
  lines.push('', 'CPU seconds (user + system, every thread and child process) for the same builds', 'articles  cold  warm  edit  floor  cold/floor  warm/floor');
  for (const r of results.scale as any[]) {
    const f = (x: number) => (Number.isNaN(x) || x === null ? '-' : String(x));
    lines.push(`${String(r.articles).padStart(8)}  ${f(r.cpu.cold).padStart(4)}  ${f(r.cpu.warm).padStart(4)}  ${f(r.cpu.edit).padStart(4)}  ${f(r.cpu.floor).padStart(5)}  ${`${r.cpuColdToFloor}x`.padStart(10)}  ${`${r.cpuWarmToFloor}x`.padStart(10)}`);
  }
  if (results.ratioToFloor) {
    const r = results.ratioToFloor as any;
    const ms = results.perArticleMs as any;
    lines.push(`per-article cost (slope): ${ms.cold.toFixed(1)} ms cold, ${ms.warm.toFixed(1)} ms warm, floor ${ms.floor.toFixed(1)} ms, image floor ${ms.imageFloor.toFixed(1)} ms, Astro default ${ms.astroDefaultFloor.toFixed(1)} ms`);
    lines.push(`ratio to the floor (slope): ${r.cold.toFixed(2)}x cold (${r.coldToImageFloor.toFixed(2)}x the image floor), ${r.warm.toFixed(2)}x warm`);
  }
}
console.log(lines.join('\n'));
const out = path.resolve(ROOT, option('out') ?? path.join('bench', 'results.json'));
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${path.relative(ROOT, out)}`);
