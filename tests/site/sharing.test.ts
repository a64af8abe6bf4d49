import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { REDIRECTS } from '../../src/lib/build/redirects.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site/site.ts';
import { articlePages, canonical, distFile, distPages, jsonLd, metaContent } from '../support/dist.ts';

const origin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : DEFAULT_SITE_URL;
const articles = articlePages();

test('every page has a canonical URL on the site origin, ending in a slash', () => {
  for (const page of distPages()) {
    if (page.path.endsWith('.html')) continue; // 404.html is not a real address
    assert.equal(canonical(page.html), `${origin}${page.path}`, page.path);
  }
});

test('every article has Open Graph and Twitter tags, and a share image that exists in dist/', async () => {
  assert.ok(articles.length >= 22);
  for (const page of articles) {
    const get = (k: string) => metaContent(page.html, k);
    assert.ok(get('og:title'), `${page.path} og:title`);
    assert.ok(get('og:description'), `${page.path} og:description`);
    assert.equal(get('og:type'), 'article', page.path);
    assert.equal(get('og:url'), `${origin}${page.path}`);
    assert.ok(get('og:image:alt'), `${page.path} og:image:alt`);
    assert.match(get('article:published_time') ?? '', /^\d{4}-\d\d-\d\dT/, page.path);
    assert.match(get('article:modified_time') ?? '', /^\d{4}-\d\d-\d\dT/, page.path);
    assert.equal(get('twitter:card'), 'summary_large_image');
    const image = new URL(get('og:image') ?? '');
    assert.equal(image.origin, origin);
    const file = distFile(image.pathname);
    assert.ok(existsSync(file), `${page.path}: ${image.pathname} is not in dist/`);
    const { width, height, format } = await sharp(file).metadata();
    assert.deepEqual([width, height, format], [1200, 630, 'png'], image.pathname);
  }
});

test('every article has parseable JSON-LD: a MedicalWebPage with its sources and a BreadcrumbList', () => {
  for (const page of articles) {
    const data = jsonLd(page.html) as Record<string, any>[];
    const medical = data.find((d) => d['@type'] === 'MedicalWebPage');
    assert.ok(medical, `${page.path} has no MedicalWebPage`);
    assert.equal(medical.url, `${origin}${page.path}`);
    assert.match(medical.lastReviewed, /^\d{4}-\d\d-\d\d$/);
    assert.match(medical.datePublished, /^\d{4}-\d\d-\d\d$/);
    assert.equal(medical.audience.audienceType, 'Patient');
    assert.ok(medical.about.length >= 1 && medical.about.every((a: any) => a.name));
    assert.ok(medical.citation.length >= 2 && medical.citation.every((c: any) => c.url.startsWith('https://')));
    assert.equal(medical.publisher['@type'], 'Organization');
    assert.ok(data.some((d) => d['@type'] === 'BreadcrumbList'), `${page.path} has no BreadcrumbList`);
  }
});

test('the home page describes the WebSite with a SearchAction to /search/?q=', () => {
  const home = distPages().find((p) => p.path === '/')!;
  const site = (jsonLd(home.html) as Record<string, any>[]).find((d) => d['@type'] === 'WebSite');
  assert.equal(site?.potentialAction?.target?.urlTemplate, `${origin}/search/?q={search_term_string}`);
});

test('the sitemap lists every article with its review date, and robots.txt points to it', () => {
  const index = readFileSync(distFile('/sitemap-index.xml'), 'utf8');
  // parse(xml, true) validates first and throws on malformed XML.
  const parser = new XMLParser();
  const sitemaps = [].concat(parser.parse(index, true).sitemapindex.sitemap).map((s: any) => new URL(s.loc).pathname);
  const urls = sitemaps.flatMap((p) => [].concat(parser.parse(readFileSync(distFile(p), 'utf8'), true).urlset.url)) as any[];
  for (const page of articles) {
    const entry = urls.find((u) => u.loc === `${origin}${page.path}`);
    assert.ok(entry, `${page.path} is not in the sitemap`);
    assert.match(String(entry.lastmod), /^\d{4}-\d\d-\d\d/, `${page.path} has no lastmod`);
  }
  assert.ok(!urls.some((u) => u.loc.includes('/404')), 'the 404 page is in the sitemap');
  assert.match(readFileSync(distFile('/robots.txt'), 'utf8'), new RegExp(`Sitemap: ${origin}/sitemap-index.xml`));
});

test('the RSS feed is valid XML with one item per article, linked from every page head', () => {
  const xml = readFileSync(distFile('/rss.xml'), 'utf8');
  const items = [].concat(new XMLParser().parse(xml, true).rss.channel.item) as any[];
  assert.equal(items.length, articles.length);
  assert.deepEqual(new Set(items.map((i) => new URL(i.link).pathname)), new Set(articles.map((a) => a.path)));
  for (const page of distPages()) assert.match(page.html, /<link rel="alternate" type="application\/rss\+xml"/, page.path);
});

test('every old address in the redirect map sends readers to a page that exists', () => {
  for (const [from, to] of Object.entries(REDIRECTS)) {
    const stub = readFileSync(distFile(`${from}index.html`), 'utf8');
    assert.match(stub, new RegExp(`http-equiv="refresh" content="0;url=${to}"`), from);
    assert.ok(existsSync(distFile(`${to}index.html`)), `${from} redirects to ${to}, which does not exist`);
  }
});
