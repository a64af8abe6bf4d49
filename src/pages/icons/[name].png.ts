import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, appIconPng, type AppIcon } from '../../lib/build/app-icons.ts';

/** The home-screen icons, drawn at build time (src/lib/build/app-icons.ts). */
export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await appIconPng(props.icon as AppIcon);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
