import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestWord, contentWords, editDistance, normaliseQuery, vocabulary } from '../../src/lib/search/query.ts';

test('queries are normalised the way people type them', () => {
  assert.equal(normaliseQuery("  Can’t SLEEP!! "), 'cant sleep');
  assert.equal(normaliseQuery('back-ache?'), 'back-ache');
});

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(editDistance('spasam', 'spasm'), 1);
  assert.equal(editDistance('sciatia', 'sciatica'), 1);
  assert.equal(editDistance('form', 'from'), 1);
  assert.equal(editDistance('cramp', 'cramp'), 0);
});

test('misspellings find their word in the site vocabulary', () => {
  const words = vocabulary();
  assert.equal(closestWord('spasam', words), 'spasm');
  assert.equal(closestWord('sciatca', words), 'sciatica');
  assert.equal(closestWord('twiching', words), 'twitching');
});

test('known words and very short words are left alone', () => {
  const words = vocabulary();
  assert.equal(closestWord('back', words), undefined);
  assert.equal(closestWord('leg', words), undefined);
});

test('content words drop filler', () => {
  assert.deepEqual(contentWords('why does my eye keep twitching'), ['eye', 'twitching']);
});
