/**
 * Screenshots of built pages, as a reader sees them: `npm run screenshot -- /articles/sciatica/`
 * writes phone and desktop shots, light and dark, to screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import { DESKTOP, PHONE, launchBrowser } from './support/chromium.ts';
import { serveSite } from './support/server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/articles/eyelid-twitching/'];
const full = !process.env.NO_FULL_PAGE;
mkdirSync('screenshots', { recursive: true });
const server = await serveSite();
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const [size, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(server.url(path));
        const name = `screenshots/${path.replace(/\W+/g, '_') || 'home'}-${size}-${colorScheme}.png`;
        await page.screenshot({ path: name, fullPage: full });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
