import sharp from 'sharp';
import { BRAND_COLOUR } from '../site/site.ts';

/**
 * The icons a phone shows for the site once it is added to the home screen,
 * drawn at build time from the same mark as the favicon (a white cross on the
 * brand blue). "any" icons keep the favicon's rounded corners; "maskable"
 * icons and Apple's touch icon fill the whole square, because the phone cuts
 * its own shape out of them (the cross sits well inside the safe middle 80%).
 */
export interface AppIcon {
  name: string;
  size: number;
  purpose: 'any' | 'maskable';
  /** Listed in the manifest (Apple's icon is linked from <head> instead). */
  inManifest: boolean;
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any', inManifest: true },
  { name: 'icon-512', size: 512, purpose: 'any', inManifest: true },
  { name: 'maskable-512', size: 512, purpose: 'maskable', inManifest: true },
  { name: 'apple-touch-icon-180', size: 180, purpose: 'maskable', inManifest: false },
];

export const iconPath = (icon: AppIcon) => `/icons/${icon.name}.png`;
export const APPLE_TOUCH_ICON = APP_ICONS.find((i) => i.name.startsWith('apple-touch-icon'))!;

const CROSS = 'M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z';

export function appIconSvg(icon: AppIcon): string {
  const background =
    icon.purpose === 'maskable'
      ? `<rect width="32" height="32" fill="${BRAND_COLOUR}"/>`
      : `<rect width="32" height="32" rx="7" fill="${BRAND_COLOUR}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${icon.size}" height="${icon.size}">${background}<path d="${CROSS}" fill="#ffffff"/></svg>`;
}

export async function appIconPng(icon: AppIcon): Promise<Buffer> {
  const png = sharp(Buffer.from(appIconSvg(icon))).resize(icon.size, icon.size);
  // Apple fills transparency with black, so its icon is flattened onto the brand colour.
  return (icon.inManifest ? png : png.flatten({ background: BRAND_COLOUR })).png({ compressionLevel: 9 }).toBuffer();
}
