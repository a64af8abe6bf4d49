/** Facts about the site itself, shared by the config, layouts, feeds and share images. */
export const SITE_NAME = 'Calm Body';
export const SITE_TAGLINE = 'Clear, checked information on stress, anxiety, back pain and muscle spasms';
export const SITE_LANG = 'en-GB';
/** The home page's heading, also drawn on the site's own share image. */
export const HOME_HEADLINE = 'Stress, anxiety, back pain and muscle spasms, explained clearly';

/**
 * The public origin. One env var sets it for a deployment; the default is a
 * reserved domain so a forgotten setting is obvious rather than wrong.
 */
export const DEFAULT_SITE_URL = 'https://calmbody.example';
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const url = new URL(raw);
  return url.origin;
}

/**
 * The browser's own bar and the home-screen app's splash screen, light and
 * dark (the same colours as --brand and the dark --bg in global.css).
 */
export const THEME_COLOURS = {
  light: { theme: '#005eb8', background: '#ffffff' },
  dark: { theme: '#0f1a22', background: '#0f1a22' },
} as const;
export const BRAND_COLOUR = THEME_COLOURS.light.theme;
