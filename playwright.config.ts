import { defineConfig } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_ARGS, PHONE } from './scripts/support/chromium.ts';

/**
 * The browser tests: Debian's Chromium (never a download) against the built
 * site, served by nginx with the project's config (tests/browser/fixtures.ts).
 * `npm run test:browser` builds first; `npx playwright test` uses dist/ as it is.
 */
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/playwright',
  // Two cores here and in CI; PW_WORKERS=1 runs one test at a time.
  workers: Number(process.env.PW_WORKERS ?? 2),
  fullyParallel: true,
  // A test that passes only on a second try is a failing test.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Generous for a shared two-core machine; a hang still fails.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROME_PATH, args: CHROMIUM_ARGS },
    viewport: PHONE,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // The trace's screencast costs more than it tells here: DOM snapshots, network and console are kept.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
  projects: [
    // The query set is one long test: listed first, it starts first, while the other worker takes the rest.
    { name: 'search quality', testMatch: 'search/**/*.spec.ts' },
    { name: 'browser', testMatch: 'browser/**/*.spec.ts' },
  ],
});
