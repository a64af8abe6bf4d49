import type { ArticleData } from '../schemas/article.ts';
import { isoDate } from './dates.ts';
import { SITE_LANG, SITE_NAME } from './site.ts';
import { SYMPTOMS } from '../symptoms/symptoms.ts';

/**
 * schema.org objects for JSON-LD. Pure functions of the article data and the
 * site origin, so tests can check them without a build.
 */
const publisher = (origin: string) => ({
  '@type': 'Organization',
  name: SITE_NAME,
  url: `${origin}/`,
  logo: { '@type': 'ImageObject', url: `${origin}/favicon.svg` },
});

export function medicalWebPage(a: ArticleData, pageUrl: string, imageUrl: string, origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': pageUrl,
    url: pageUrl,
    name: a.title,
    headline: a.title,
    description: a.description,
    inLanguage: SITE_LANG,
    image: imageUrl,
    datePublished: isoDate(a.published),
    dateModified: isoDate(a.reviewed),
    lastReviewed: isoDate(a.reviewed),
    audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
    about: a.symptoms.map((id) => ({ '@type': 'MedicalCondition', name: SYMPTOMS[id].name })),
    citation: a.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      publisher: { '@type': 'Organization', name: s.publisher },
    })),
    publisher: publisher(origin),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: `${origin}/` },
  };
}

export function breadcrumbList(trail: { href: string; label: string }[], origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: new URL(c.href, origin).href,
    })),
  };
}

export function webSite(origin: string, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: `${origin}/`,
    description,
    inLanguage: SITE_LANG,
    publisher: publisher(origin),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${origin}/search/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
