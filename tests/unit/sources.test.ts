import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceUrlProblem } from '../../src/lib/content/sources.ts';

test('allow-listed publishers and their subdomains pass', () => {
  assert.equal(sourceUrlProblem('https://www.nhs.uk/conditions/back-pain/'), null);
  assert.equal(sourceUrlProblem('https://pmc.ncbi.nlm.nih.gov/articles/PMC8482298/'), null);
  assert.equal(sourceUrlProblem('https://cks.nice.org.uk/topics/leg-cramps/'), null);
});

test('look-alike hosts do not pass', () => {
  assert.match(sourceUrlProblem('https://nhs.uk.example.com/x')!, /allow-list/);
  assert.match(sourceUrlProblem('https://notnhs.uk/x')!, /allow-list/);
});

test('plain http and non-URLs are refused', () => {
  assert.match(sourceUrlProblem('http://www.nhs.uk/x')!, /https/);
  assert.match(sourceUrlProblem('www.nhs.uk')!, /not a valid URL/);
});
