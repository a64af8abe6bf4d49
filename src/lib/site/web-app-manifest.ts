import { APP_ICONS, iconPath } from '../build/app-icons.ts';
import { SITE_LANG, SITE_NAME, SITE_TAGLINE, THEME_COLOURS } from './site.ts';

/**
 * The web app manifest: what a phone needs to offer "Add to home screen" and
 * open the site in its own window. `user_preferences` is the proposed way to
 * give dark-mode colours (Chromium reads it where supported; others ignore
 * it); the theme-color <meta> tags in <head> carry both schemes for every
 * browser.
 */
export function webAppManifest() {
  return {
    id: '/',
    name: `${SITE_NAME}: clear health information`,
    short_name: SITE_NAME,
    description: `${SITE_TAGLINE}.`,
    lang: SITE_LANG,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOURS.light.theme,
    background_color: THEME_COLOURS.light.background,
    user_preferences: {
      color_scheme_dark: { theme_color: THEME_COLOURS.dark.theme, background_color: THEME_COLOURS.dark.background },
    },
    categories: ['health', 'medical'],
    icons: APP_ICONS.filter((i) => i.inManifest).map((i) => ({
      src: iconPath(i),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
}
