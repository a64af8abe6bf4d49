/**
 * Old article slugs and where they live now. When a slug changes, add a line
 * here so links people already shared keep working. Keys and values are paths.
 */
export const REDIRECTS: Readonly<Record<string, string>> = {
  '/articles/leg-cramps/': '/articles/night-leg-cramps/',
  '/articles/eye-twitching/': '/articles/eyelid-twitching/',
};
