import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { REDIRECTS } from '../../src/lib/build/redirects.ts';
import { startNginx } from '../../scripts/support/nginx.ts';
import { DIST, ROOT } from '../../scripts/support/paths.ts';

/** `npm run check:deploy -- <origin>`, as a person would run it (nginx runs as its own process). */
function checkDeploy(origin: string) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'check-deploy.ts'), origin], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

test('check:deploy passes the site as nginx serves it with the project config', async () => {
  const nginx = await startNginx({ dist: DIST });
  try {
    const { status, output } = await checkDeploy(nginx.origin);
    assert.equal(status, 0, output);
    assert.match(output, /0 failed/);
    assert.doesNotMatch(output, /^FAIL/m);
    for (const from of Object.keys(REDIRECTS)) assert.match(output, new RegExp(`ok\\s+${from}\\s+301 to`), from);
    assert.match(output, /ok\s+\/_astro\/\S+\.css\s+Cache-Control: public, max-age=31536000, immutable/);
    assert.match(output, /ok\s+\/sw\.js\s+Cache-Control: no-cache/);
    assert.match(output, /ok\s+\/manifest\.webmanifest\s+Content-Type: application\/manifest\+json/);
  } finally {
    await nginx.close();
  }
});

test('check:deploy names what a server without the config lacks: headers, redirects, cache rules, compression, the 404 page, the rules for the worker and the manifest', async () => {
  const nginx = await startNginx({ dist: DIST, config: 'bare' });
  try {
    const { status, output } = await checkDeploy(nginx.origin);
    assert.equal(status, 1, output);
    assert.match(output, /FAIL\s+\/articles\/[a-z0-9-]+\/\s+no Content-Security-Policy header/);
    assert.match(output, /FAIL\s+\/search\/\s+X-Content-Type-Options is missing/);
    for (const from of Object.keys(REDIRECTS)) {
      assert.match(output, new RegExp(`FAIL\\s+${from}\\s+answers a meta-refresh page \\(200\\), not a 301`), from);
    }
    assert.match(output, /FAIL\s+\/_astro\/\S+\.css\s+Cache-Control is missing, not "public, max-age=31536000, immutable"/);
    assert.match(output, /FAIL\s+\/\s+sent uncompressed/);
    assert.match(output, /FAIL\s+\/sw\.js\s+Cache-Control is missing, not "no-cache"/);
    assert.match(output, /FAIL\s+\/manifest\.webmanifest\s+Content-Type is "application\/octet-stream", not "application\/manifest\+json"/);
    assert.match(output, /FAIL\s+\/does-not-exist-\S+\s+not the site's 404 page/);
  } finally {
    await nginx.close();
  }
});

test('check:deploy asks for an address', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check-deploy.ts')], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: npm run check:deploy -- https:\/\/example.org/);
});
