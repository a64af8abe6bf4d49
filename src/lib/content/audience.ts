/**
 * Our pages are written for adults. These are the pages for the two groups
 * for whom advice differs most, linked from every adult page once they exist
 * (src/components/AudienceNote.astro) and from the about page.
 */
export const AUDIENCE_PAGES = {
  children: 'back-pain-in-children',
  pregnancy: 'back-pain-in-pregnancy',
} as const;
