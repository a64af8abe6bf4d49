import type { Element, ElementContent } from 'hast';
import type { Options } from 'rehype-autolink-headings';
import { toString } from 'hast-util-to-string';

/**
 * Options for rehype-autolink-headings: every h2 and h3 gets a visible link to
 * itself placed after the heading (so the heading's accessible name stays
 * clean), grouped with it in a wrapper. The link works with no JavaScript;
 * `SectionLinks.astro` upgrades it to copy the full URL and say so.
 */
export const headingAnchor: Options = {
  behavior: 'after',
  test: ['h2', 'h3'],
  // A fresh wrapper per heading: rehype-autolink-headings fills it with the heading and its link.
  group: (): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper'] },
    children: [],
  }),
  properties: { className: ['heading-anchor'] },
  content: (heading: Readonly<Element>): ElementContent[] => [
    {
      type: 'element',
      tagName: 'svg',
      properties: { ariaHidden: 'true', viewBox: '0 0 24 24', width: 20, height: 20, className: ['icon'] },
      children: [
        {
          type: 'element',
          tagName: 'path',
          properties: {
            fill: 'currentColor',
            d: 'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 0 1-1.4-1.4l2-2a1 1 0 1 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2a1 1 0 0 1 1.4 1.4l-2 2a1 1 0 1 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0Z',
          },
          children: [],
        },
      ],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: `Copy link to section: ${toString(heading as Element)}` }],
    },
  ],
};
