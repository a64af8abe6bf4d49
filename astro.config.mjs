// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { articleMarkdown } from './src/lib/markdown/pipeline.ts';
import { REDIRECTS } from './src/lib/build/redirects.ts';
import { siteUrl } from './src/lib/site/site.ts';
import { ARTICLES_DIR } from './src/lib/content/paths.ts';
import pagefind from './src/integrations/pagefind.ts';
import { sitemapLastmod } from './src/lib/build/sitemap-lastmod.ts';
import linkCheck from './src/integrations/link-check.ts';
import httpPolicy from './src/integrations/http-policy.ts';
import precompress from './src/integrations/precompress.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import shareImages from './src/integrations/share-images.ts';
import emptyOutDirInBackground from './src/integrations/out-dir.ts';
import dataStoreModule from './src/integrations/data-store-module.ts';

const [precompressStart, precompressFinish] = precompress();
const [pagefindStart, pagefindFinish] = pagefind();

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  redirects: REDIRECTS,
  build: { format: 'directory' },
  // A build reuses, from node_modules/.astro, every article and symptom page whose code
  // and cacheKey are unchanged: what each page's key must cover is in src/lib/build/page-cache-key.ts.
  // `npm run build -- --force` renders everything again.
  experimental: { incrementalBuild: true },
  markdown: {
    // Articles have no code; Shiki's inline styles would also need CSP exceptions.
    syntaxHighlight: false,
    // Defined in its own module, which the content loader's worker threads load too.
    processor: articleMarkdown,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The service worker (/sw.js) and Pagefind's search worker, both from this site.
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind's search runs WebAssembly and is loaded from our own origin.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    mdx(),
    dataStoreModule(),
    emptyOutDirInBackground(),
    // These two start first of the build-done hooks and run beside the ones that follow;
    // Pagefind writes its index before the service worker and the HTTP policy, compression writes its files last.
    precompressStart,
    pagefindStart,
    sitemap({ serialize: sitemapLastmod(ARTICLES_DIR), filter: (page) => !page.endsWith('/offline/') }),
    linkCheck({ articlesDir: ARTICLES_DIR }),
    pagefindFinish,
    // After Pagefind: it writes dist/sw.js into the finished dist/, precaching Pagefind's entry.
    serviceWorker(),
    // Drawn on the other cores since the content loader listed the articles; written to dist/og/ once drawn,
    // after the hooks above have started (a cold build may still be drawing when the pages are done).
    shareImages(),
    // After Pagefind, the service worker and the share images, whose files get cache rules and compression too.
    httpPolicy(),
    precompressFinish,
  ],
  vite: {
    build: {
      // No preload helper: the only dynamic import is the search code, loaded on demand.
      modulePreload: false,
      // Scripts always ship as files, never inline: the CSP needs no hash for them (other assets as Vite decides).
      assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
    },
  },
});
