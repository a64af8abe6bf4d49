import { createHash } from 'node:crypto';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). A page that getStaticPaths returns with a `cacheKey` is
 * copied from the previous build, not rendered again, when its key is the
 * same as last time and none of the code it imports has changed (Astro hashes
 * the code itself: layouts, components, src/lib, styles).
 *
 * Astro cannot see data. A key that missed something a page shows would serve
 * readers an old page, perhaps an old warning sign, so the rule is:
 *
 *   - put in the key **everything the page reads from content/**, whole: an
 *     entry's id, data and rendered HTML (`shown`), every warning-sign set
 *     the page could show, the id and data of every other article it lists or
 *     links to (`listed`);
 *   - and **anything that depends on the day** of the build (a review that
 *     falls overdue changes the page without any file changing).
 *
 * Over-including costs only a page rendered again; under-including is a bug.
 * tests/build/incremental.test.ts edits an article, a title other pages list
 * and a warning sign, then checks that a build reusing pages gives the same
 * site, byte for byte, as a build from nothing.
 */
export function pageCacheKey(...shown: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}

type Entry = { id: string; data: unknown; rendered?: { html: string; metadata?: unknown } };

/** An entry a page shows in full: id, data (frontmatter) and rendered Markdown. */
export function shown(entry: Entry | undefined) {
  return entry ? { id: entry.id, data: entry.data, html: entry.rendered?.html, metadata: entry.rendered?.metadata } : null;
}

/**
 * An entry a page only lists or links to (a card, a related article, the audience note): its id
 * and data, where its title and description come from. Its body is left out, so editing an
 * article's text does not render again every page that lists it.
 */
export function listed(entry: Entry | undefined) {
  return entry ? { id: entry.id, data: entry.data } : null;
}
