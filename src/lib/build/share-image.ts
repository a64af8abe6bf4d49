import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { threadId } from 'node:worker_threads';
import satori from 'satori';
import sharp from 'sharp';
import { SITE_NAME } from '../site/site.ts';

/**
 * The 1200x630 picture a link preview shows: the article title large, the
 * site name, and what the site is. Drawn at build time from an npm font
 * package, so no network is needed.
 */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/**
 * The share image's font has no emoji, which would draw as empty boxes: they
 * are left out of the picture (the page title keeps them).
 */
export function drawableTitle(title: string): string {
  return title
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\u{20E3}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function shareImageSvg(rawTitle: string, kicker: string): Promise<string> {
  const title = drawableTitle(rawTitle);
  fonts ??= [
    { name: 'Atkinson Hyperlegible', data: font(400), weight: 400, style: 'normal' },
    { name: 'Atkinson Hyperlegible', data: font(700), weight: 700, style: 'normal' },
  ];
  const size = title.length > 60 ? 60 : title.length > 36 ? 72 : 84;
  const tree = h(
    'div',
    {
      // Satori adds padding to the size, so the box is the image less its padding.
      width: SHARE_IMAGE.width - 144, height: SHARE_IMAGE.height - 128, display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
      padding: '64px 72px', background: '#005eb8', color: '#ffffff', fontFamily: 'Atkinson Hyperlegible',
    },
    [
      h('div', { display: 'flex', alignItems: 'center', fontSize: 40, fontWeight: 700 }, [
        h('div', { width: 56, height: 56, borderRadius: 12, background: '#ffffff', color: '#005eb8', display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 48, marginRight: 20 }, '+'),
        SITE_NAME,
      ]),
      h('div', { display: 'flex', width: 1056, fontSize: size, fontWeight: 700, lineHeight: 1.1 }, title),
      h('div', { display: 'flex', width: 1056, fontSize: 30, color: '#dbe9f7', borderTopWidth: 3, borderTopStyle: 'solid', borderTopColor: '#4d8fd1', paddingTop: 24 }, kicker),
    ],
  );
  return satori(tree as never, { ...SHARE_IMAGE, fonts });
}

/** What every share image says under the title. */
export const SHARE_KICKER = 'Clear, checked health information. Information, not a diagnosis.';

/** Bump when the picture's design or its encoding changes, so cached images are drawn again. */
const DESIGN_VERSION = 2;
const CACHE_DIR = path.resolve('node_modules/.cache/calm-body-share-images');

/**
 * The name an image is kept under: a hash of exactly what is drawn (the
 * design's version, the title and the kicker), so an image is drawn again
 * when, and only when, one of them changes.
 */
export function shareImageKey(title: string, kicker: string): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, title, kicker])).digest('hex').slice(0, 32);
}

export const shareImageFile = (key: string) => path.join(CACHE_DIR, `${key}.png`);

/**
 * Removes every kept image whose key is not in `used` (and any half-written
 * file a stopped build left), so the cache holds the images of the last build
 * and does not grow with every title ever drawn. Returns how many it removed.
 */
export function pruneShareImages(used: ReadonlySet<string>, dir: string = CACHE_DIR): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.png') && used.has(name.slice(0, -'.png'.length))) continue;
    rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * Draws the PNG: no cache. About 45 ms of work, most of it the PNG encoder.
 * The picture is opaque, so it is stored without an alpha channel: the same
 * pixels in a smaller file (about 7%), encoded about 20% faster.
 */
export async function drawShareImage(title: string, kicker: string): Promise<Buffer> {
  const svg = await shareImageSvg(title, kicker);
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 9 }).toBuffer();
}

/** Writes a whole file or none: a build stopped half-way never leaves half an image in the cache. */
export function keepShareImage(key: string, png: Buffer): void {
  const file = shareImageFile(key);
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/**
 * The share images a build writes, drawn off the main thread (see
 * src/integrations/share-images.ts). Kept on the process, not in a module,
 * because the config and the content loader each load their own copy of
 * this file.
 */
export interface ShareImageQueue {
  /** The articles whose share images the build writes to /og/<slug>.png; drawing starts now for those not kept yet. */
  add(images: readonly ShareImageRequest[]): void;
}
export interface ShareImageRequest {
  slug: string;
  title: string;
}

const QUEUE = Symbol.for('calm-body.share-image-queue');
export const shareImageQueue = (): ShareImageQueue | undefined => (globalThis as Record<symbol, ShareImageQueue | undefined>)[QUEUE];
export function setShareImageQueue(queue: ShareImageQueue | undefined): void {
  (globalThis as Record<symbol, ShareImageQueue | undefined>)[QUEUE] = queue;
}

/** The PNG for a title: the one kept in node_modules/.cache if what it shows has not changed, else drawn and kept. */
export async function shareImage(title: string, kicker: string): Promise<Buffer> {
  const key = shareImageKey(title, kicker);
  const file = shareImageFile(key);
  if (existsSync(file)) return readFileSync(file);
  const png = await drawShareImage(title, kicker);
  keepShareImage(key, png);
  return png;
}
