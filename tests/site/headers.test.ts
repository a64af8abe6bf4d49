import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { foreignSources, metaPolicy, parsePolicy } from '../../src/lib/build/csp.ts';
import { renderRedirectsFile } from '../../src/lib/build/http-policy.ts';
import { distFile, distPages } from '../support/dist.ts';
import { headersFor, parseHeadersFile, parseNginxHeaders } from '../support/host-config.ts';

test('every page carries a CSP that names no other origin and allows no unsafe inline code', () => {
  for (const page of distPages()) {
    const text = metaPolicy(page.html);
    assert.ok(text, `${page.path} has no Content-Security-Policy`);
    const policy = parsePolicy(text);
    assert.deepEqual(foreignSources(policy), [], page.path);
    assert.deepEqual(policy.get('default-src'), ["'self'"], page.path);
    for (const d of ['script-src', 'style-src']) {
      assert.ok(!policy.get(d)?.includes("'unsafe-inline'"), `${page.path}: ${d} allows unsafe-inline`);
    }
    assert.ok(!policy.get('script-src')?.includes("'unsafe-eval'"), `${page.path}: script-src allows eval`);
  }
});

test('no page has an inline event handler or a javascript: link', () => {
  for (const page of distPages()) {
    assert.doesNotMatch(page.html, /<[a-z][^>]*\son[a-z]+=/i, `${page.path} has an inline event handler`);
    assert.doesNotMatch(page.html, /href="javascript:/i, page.path);
  }
});

test('dist/_headers gives static hosts the CSP and the other security headers', () => {
  const headers = readFileSync(distFile('/_headers'), 'utf8');
  assert.match(headers, /^\/\*$/m);
  const csp = /Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
  const policy = parsePolicy(csp);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(foreignSources(policy), []);
  // Every hash a page needs is in the merged header policy.
  for (const page of distPages()) {
    for (const [d, values] of parsePolicy(metaPolicy(page.html)!)) {
      for (const v of values) assert.ok(policy.get(d)?.includes(v), `${page.path}: ${d} ${v} is missing from _headers`);
    }
  }
  assert.match(headers, /X-Content-Type-Options: nosniff/);
  assert.match(headers, /Referrer-Policy: strict-origin-when-cross-origin/);
  assert.match(headers, /Permissions-Policy: camera=\(\)/);
});

test('dist/_nginx/headers.conf sends nginx readers exactly the headers and policy _headers gives the other hosts', () => {
  const forHosts = headersFor(parseHeadersFile(readFileSync(distFile('/_headers'), 'utf8')), '/articles/sciatica/');
  delete forHosts['cache-control']; // nginx sets it per kind of file, in site.conf
  const forNginx = parseNginxHeaders(readFileSync(distFile('/_nginx/headers.conf'), 'utf8'));
  assert.deepEqual(forNginx, forHosts);
  assert.deepEqual(parsePolicy(forNginx['content-security-policy']!).get('frame-ancestors'), ["'none'"]);
});

test('dist/_nginx/site.conf is deploy/nginx.conf, and dist/_redirects is the redirect map', () => {
  const committed = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
  assert.equal(readFileSync(distFile('/_nginx/site.conf'), 'utf8'), committed);
  assert.equal(readFileSync(distFile('/_redirects'), 'utf8'), renderRedirectsFile());
});
