import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../lib/content/articles.ts';
import { SHARE_KICKER, shareImage, shareImageKey } from '../../lib/build/share-image.ts';
import { HOME_HEADLINE } from '../../lib/site/site.ts';

/** One share image per article, plus `site.png` for every other page. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return [
    ...articles.map((a) => ({ params: { slug: a.id }, props: { title: a.data.title } })),
    { params: { slug: 'site' }, props: { title: HOME_HEADLINE } },
    // The image shows the title and the kicker and nothing else: copied from the last build while they stay the same.
  ].map((path) => ({ ...path, cacheKey: shareImageKey(path.props.title, SHARE_KICKER) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await shareImage(props.title as string, SHARE_KICKER);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
