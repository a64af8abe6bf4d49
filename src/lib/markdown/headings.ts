import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The ids rehype-slug will give a document's headings. Both use github-slugger
 * over the heading's text, so a link checked against these ids resolves on the
 * built page.
 */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, 'heading', (node: Heading) => {
    ids.add(slugger.slug(toString(node)));
  });
  return ids;
}
