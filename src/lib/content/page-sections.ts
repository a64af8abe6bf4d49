/**
 * Ids of the sections the article layout adds around the body. A heading in
 * an article that would take one of these ids (its text slugged, as
 * rehype-slug does) would make two elements with the same id, so links to it
 * would jump to the wrong place: the body check refuses such headings.
 */
export const SECTION_IDS = {
  whenToGetHelp: 'when-to-get-help',
  crisisHelp: 'crisis-help',
  sources: 'sources-heading',
  warningSignSources: 'warning-sign-sources',
  related: 'related-heading',
  share: 'share-heading',
  contents: 'toc-heading',
  main: 'main',
} as const;

export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.values(SECTION_IDS));
