import { AxeBuilder } from '@axe-core/playwright';
import { DESKTOP, PHONE } from '../../scripts/support/chromium.ts';
import { distPages } from '../support/dist.ts';
import { expect, test } from './fixtures.ts';

/**
 * WCAG 2.2 AA on every built page at phone width in the light scheme (how most
 * readers meet the site), and on every kind of page, with every kind of
 * section an article can have, in dark mode and at desktop width; plus the
 * checks axe cannot make on its own. (All pages in all four takes minutes for
 * no more coverage: the other variants change colours and layout, which every
 * page of a kind shares.)
 */
const pages = distPages().map((p) => (p.path === '/404.html' ? '/no-such-page/' : p.path));
const ONE_OF_EACH_KIND = [
  '/',
  '/articles/',
  '/articles/urgent-back-pain/', // all three care cards
  '/articles/long-term-pain/', // crisis help
  '/articles/back-pain-in-children/', // a page for parents
  '/articles/hemifacial-spasm/',
  '/symptoms/',
  '/symptoms/sciatica/',
  '/search/',
  '/about/',
  '/no-such-page/',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('every kind of page checked in dark mode and at desktop width is a built page', () => {
  expect(ONE_OF_EACH_KIND.filter((p) => !pages.includes(p))).toEqual([]);
});

/** All pages in a few slices, so both workers share the longest check and a slice fails with every page it found. */
const SLICES = 6;
const slices = (paths: string[], n: number) =>
  Array.from({ length: n }, (_, i) => paths.slice(Math.ceil((i * paths.length) / n), Math.ceil(((i + 1) * paths.length) / n)));

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [label, viewport] of [['390px', PHONE], ['1280px', DESKTOP]] as const) {
    const all = colorScheme === 'light' && viewport === PHONE;
    test.describe(`axe finds no WCAG 2.2 AA violations on ${all ? 'any page' : 'every kind of page'} (${colorScheme}, ${label})`, () => {
      test.use({ viewport, colorScheme });
      for (const [i, paths] of slices(all ? pages : ONE_OF_EACH_KIND, all ? SLICES : 1).entries()) {
        test(`${paths.length} pages${all ? `, slice ${i + 1} of ${SLICES}` : ''}`, async ({ page }) => {
          test.slow();
          const failures: string[] = [];
          for (const path of paths) {
            await page.goto(path);
            const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
            for (const v of violations) {
              failures.push(`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
            }
          }
          expect(failures).toEqual([]);
        });
      }
    });
  }
}

test('the slices of all pages cover every page once', () => {
  expect(slices(pages, SLICES).flat()).toEqual(pages);
});

test('every page has a skip link to main, the landmarks, and exactly one h1', async ({ page }) => {
  test.slow();
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('h1'), `${path}: h1 count`).toHaveCount(1);
    for (const landmark of ['header', 'nav', 'main', 'footer']) {
      expect(await page.locator(landmark).count(), `${path}: no <${landmark}>`).toBeGreaterThan(0);
    }
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => [document.activeElement?.textContent, document.activeElement?.getAttribute('href')]);
    expect(first, `${path}: the first Tab stop is not the skip link`).toEqual(['Skip to main content', '#main']);
    await page.keyboard.press('Enter');
    await expect(page.locator('#main'), `${path}: the skip link does not move focus`).toBeFocused();
  }
});

test('focus always changes how a control looks (ring, shadow or background), and every control is at least 44 by 44 px', async ({ page }) => {
  for (const path of ['/', '/articles/urgent-back-pain/', '/search/', '/symptoms/', '/about/']) {
    await page.goto(path);
    const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, summary, select').length);
    for (let i = 0; i < Math.min(stops, 60); i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const inline = s.display === 'inline' && el.closest('p, li, td') !== null && el.tagName === 'A';
        // What focus changes: the same element's look with focus and without it.
        const look = (c: CSSStyleDeclaration) => ({
          outline: c.outlineStyle === 'none' || c.outlineColor === 'rgba(0, 0, 0, 0)' ? 'none' : `${c.outlineStyle} ${c.outlineWidth} ${c.outlineColor}`,
          shadow: c.boxShadow,
          background: c.backgroundColor,
        });
        const focused = look(s);
        el.blur();
        const unfocused = look(getComputedStyle(el));
        el.focus();
        return {
          name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
          ring:
            (focused.outline !== 'none' && focused.outline !== unfocused.outline) ||
            focused.shadow !== unfocused.shadow ||
            focused.background !== unfocused.background,
          w: r.width,
          h: r.height,
          // Links inside running text are exempt from the target size (WCAG 2.5.8 "inline").
          inline,
        };
      });
      if (!info) continue;
      expect(info.ring, `${path}: ${info.name} has no visible focus`).toBe(true);
      if (!info.inline) {
        expect(info.w >= 44 && info.h >= 44, `${path}: ${info.name} is ${info.w.toFixed(0)}x${info.h.toFixed(0)} px`).toBe(true);
      }
    }
  }
});

test.describe('at 400% zoom (320 CSS px)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('text reflows without horizontal scrolling', async ({ page }) => {
    test.slow();
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px at 320px`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('scrolling to a section is instant and nothing animates', async ({ page }) => {
    await page.goto('/articles/sciatica/');
    await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
    const animated = await page.evaluate(() =>
      [...document.querySelectorAll('*')].some((el) => {
        const s = getComputedStyle(el);
        return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0;
      }),
    );
    expect(animated, 'something still animates with reduced motion').toBe(false);
  });
});
