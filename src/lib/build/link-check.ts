/**
 * Checks every internal link and `#fragment` on the built site against the
 * pages and ids that really exist. Works on the HTML Astro wrote, so it sees
 * what readers get: layout sections, footnotes, redirects and all.
 *
 * Astro writes attributes in double quotes, so plain patterns read them
 * reliably and fast enough for tens of thousands of pages.
 */
export interface BuiltPage {
  /** URL path, e.g. "/articles/sciatica/". */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

const HREF = /<a\b[^>]*?\shref="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

const decodeEntities = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(ID)) ids.add(decodeEntities(m[1]!));
  return ids;
}

export function linksIn(html: string): string[] {
  return [...html.matchAll(HREF)].map((m) => decodeEntities(m[1]!));
}

/**
 * @param pages every HTML page of the site
 * @param files every other file path (feeds, images), e.g. "/rss.xml"
 * @param origin the site's own origin; absolute links to it are checked too
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, origin: string): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let ids = idCache.get(path);
    if (!ids) idCache.set(path, (ids = idsIn(byPath.get(path)!.html)));
    return ids;
  };
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    for (const href of new Set(linksIn(page.html))) {
      let url: URL;
      try {
        url = new URL(href, `${origin}${page.path}`);
      } catch {
        broken.push({ page: page.path, href, problem: 'is not a valid URL' });
        continue;
      }
      if (url.origin !== origin) continue; // other sites: not ours to check offline
      const target = decodeURIComponent(url.pathname);
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      if (byPath.has(target)) {
        if (fragment && !idsOf(target).has(fragment)) {
          broken.push({ page: page.path, href, problem: `has no section with id "${fragment}"` });
        }
      } else if (!files.has(target)) {
        const hint = !target.endsWith('/') && byPath.has(`${target}/`) ? ' (add the trailing slash)' : '';
        broken.push({ page: page.path, href, problem: `points to a page that does not exist${hint}` });
      }
    }
  }
  return broken;
}
