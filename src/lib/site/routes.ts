/**
 * The site's URLs, in one place, so every page and layout builds them the same
 * way. Page paths end in a slash (trailingSlash: 'always').
 */
export const articlePath = (slug: string) => `/articles/${slug}/`;
export const symptomPath = (id: string) => `/symptoms/${id}/`;
export const ogImagePath = (slug: string) => `/og/${slug}.png`;
/** The share image of every page that is not an article: /og/site.png. No article may take its name. */
export const SITE_IMAGE_SLUG = 'site';
