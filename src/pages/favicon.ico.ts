import type { APIRoute } from 'astro';
import sharp from 'sharp';
import svg from '../../public/favicon.svg?raw';
import { ICO_SIZES, icoFromPngs } from '../lib/build/favicon.ts';

/** /favicon.ico, drawn from the SVG icon at the sizes browsers ask for. */
export const GET: APIRoute = async () => {
  const images = await Promise.all(
    ICO_SIZES.map(async (size) => ({
      size,
      png: await sharp(Buffer.from(svg), { density: (72 * size) / 32 }).resize(size, size).png().toBuffer(),
    })),
  );
  return new Response(new Uint8Array(icoFromPngs(images)), { headers: { 'Content-Type': 'image/x-icon' } });
};
