import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { findBrokenLinks } from '../../src/lib/build/link-check.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site/site.ts';
import { distPages } from '../support/dist.ts';
import { DIST } from '../../scripts/support/paths.ts';

/** The build already refuses broken links; this checks the dist/ that the other tests use. */
test('every internal link and #fragment on every built page resolves', () => {
  const pages = distPages().map((p) => ({ path: p.path, html: p.html }));
  const files = new Set(
    readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('.html')).map((f) => `/${f}`),
  );
  const origin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : DEFAULT_SITE_URL;
  const linkCount = pages.reduce((n, p) => n + (p.html.match(/<a\b/g)?.length ?? 0), 0);
  assert.ok(linkCount > 500, `only ${linkCount} links found: is dist/ built?`);
  assert.deepEqual(findBrokenLinks(pages, files, origin), []);
});
