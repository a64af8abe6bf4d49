import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foreignSources, mergePolicies, serialisePolicy } from '../../src/lib/build/csp.ts';

test('policies merge into one with the union of their sources', () => {
  const merged = mergePolicies([
    "default-src 'self'; script-src 'self' 'sha256-a'",
    "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
  ]);
  assert.equal(serialisePolicy(merged), "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
});

test('foreign sources are found, keywords and hashes are not', () => {
  const p = mergePolicies(["script-src 'self' 'wasm-unsafe-eval' 'sha256-x' https://cdn.example; img-src data:"]);
  assert.deepEqual(foreignSources(p), ['https://cdn.example']);
});
