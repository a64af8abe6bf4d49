import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../lib/content/articles.ts';
import { SHARE_KICKER, shareImage } from '../lib/build/share-image.ts';
import { SITE_IMAGE_SLUG } from '../lib/site/routes.ts';
import { HOME_HEADLINE } from '../lib/site/site.ts';

/**
 * /og/<slug>.png in `astro dev` only (injected by src/integrations/share-images.ts):
 * `astro build` writes the same images as files, drawn on every core beside the
 * rest of the build, without a route per image.
 */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return [
    ...articles.map((a) => ({ params: { slug: a.id }, props: { title: a.data.title } })),
    { params: { slug: SITE_IMAGE_SLUG }, props: { title: HOME_HEADLINE } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await shareImage(props.title as string, SHARE_KICKER);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
