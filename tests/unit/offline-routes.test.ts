import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offlineRoute, type RequestFacts } from '../../src/lib/offline/routes.ts';

const SITE = 'https://calmbody.example';
const ask = (href: string, mode = 'no-cors', accept: string | null = '*/*'): RequestFacts => ({ url: new URL(href), mode, accept });

test('each kind of file on this site goes through its own route', () => {
  const cases: [RequestFacts, string | null][] = [
    [ask(`${SITE}/articles/sciatica/`, 'navigate', 'text/html,application/xhtml+xml'), 'page'],
    [ask(`${SITE}/search/?q=cramp`, 'navigate'), 'page'],
    // The page the reader was on before the worker started, asked for by message.
    [ask(`${SITE}/articles/sciatica/`, 'cors', 'text/html'), 'page'],
    [ask(`${SITE}/_astro/BaseLayout.O9MdzASu.css`), 'asset'],
    [ask(`${SITE}/_astro/search-controller.DGzH14N2.js`, 'cors'), 'asset'],
    [ask(`${SITE}/pagefind/index/en_61b817f.pf_index`, 'cors'), 'searchIndex'],
    [ask(`${SITE}/pagefind/fragment/en_1ee384f.pf_fragment`, 'cors'), 'searchIndex'],
    [ask(`${SITE}/pagefind/filter/en_b453c1d.pf_filter`, 'cors'), 'searchIndex'],
    [ask(`${SITE}/pagefind/pagefind.en_29b211c020.pf_meta?ts=1`, 'cors'), 'searchIndex'],
    [ask(`${SITE}/pagefind/pagefind.js`, 'cors'), 'searchCode'],
    [ask(`${SITE}/pagefind/pagefind-worker.js`, 'same-origin'), 'searchCode'],
    [ask(`${SITE}/pagefind/pagefind-entry.json?ts=1764090000`, 'cors'), 'searchCode'],
    [ask(`${SITE}/pagefind/wasm.en.pagefind`, 'cors'), 'searchCode'],
    [ask(`${SITE}/warning-signs.json`, 'cors'), 'searchCode'],
    // The shell's own files are answered by the precache; the rest by the browser as usual.
    [ask(`${SITE}/sw.js`), null],
    [ask(`${SITE}/manifest.webmanifest`, 'cors'), null],
    [ask(`${SITE}/og/sciatica.png`), null],
    [ask(`${SITE}/pagefind/pagefind-ui.js`, 'cors'), null],
  ];
  for (const [request, route] of cases) assert.equal(offlineRoute(request, SITE), route, request.url.href);
});

test('nothing on another origin is ever routed, whatever it looks like', () => {
  for (const origin of ['https://elsewhere.example', 'http://calmbody.example', 'https://calmbody.example:8443', 'https://cdn.calmbody.example']) {
    for (const request of [
      ask(`${origin}/articles/sciatica/`, 'navigate', 'text/html'),
      ask(`${origin}/articles/sciatica/`, 'cors', 'text/html'),
      ask(`${origin}/_astro/BaseLayout.O9MdzASu.css`),
      ask(`${origin}/pagefind/index/en_61b817f.pf_index`, 'cors'),
      ask(`${origin}/pagefind/pagefind.js`, 'cors'),
      ask(`${origin}/warning-signs.json`, 'cors'),
    ]) {
      assert.equal(offlineRoute(request, SITE), null, request.url.href);
    }
  }
});
