import { SYMPTOM_IDS } from './symptoms.ts';

/**
 * Every URL the site builds, in one place, so pages, links and the build-time
 * link check agree. All paths end in a slash (trailingSlash: 'always').
 */
export const articlePath = (slug: string) => `/articles/${slug}/`;
export const symptomPath = (id: string) => `/symptoms/${id}/`;
export const searchPath = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');

export const STATIC_PATHS = ['/', '/articles/', '/symptoms/', '/search/', '/about/'] as const;

/** Pages that exist whatever the articles are: the static pages and one per symptom. */
export function knownNonArticlePaths(): Set<string> {
  return new Set<string>([...STATIC_PATHS, ...SYMPTOM_IDS.map(symptomPath)]);
}
export const ogImagePath = (slug: string) => `/og/${slug}.png`;
