import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchWarningSigns, phraseMatches, signWords, type SearchableSign } from '../../src/lib/search/warning-match.ts';

const signs: SearchableSign[] = [
  { id: 'calf', level: 'urgent', text: 'Your calf is swollen, warm and painful.', phrases: ['swollen calf', 'hot red calf'] },
  { id: 'clot-lung', level: 'emergency', text: 'Your leg is swollen and you are short of breath.', phrases: ['swollen calf breathless', 'swollen leg short of breath'] },
  { id: 'pee', level: 'emergency', text: 'You cannot pee.', phrases: ["can't pee"] },
  { id: 'life', level: 'emergency', text: 'You cannot keep yourself safe.', phrases: ['end my life'] },
  { id: 'slow', level: 'doctor', text: 'It has lasted 3 weeks.', phrases: ['twitch two weeks'] },
];

test('words are normalised as the search box does, with cannot and can\'t as one word', () => {
  assert.deepEqual(signWords("I CAN'T pee!"), ['i', 'cant', 'pee']);
  assert.deepEqual(signWords('I cannot pee'), ['i', 'cant', 'pee']);
});

test('a phrase matches when all its words are in the query, in any order, long words by their start', () => {
  assert.ok(phraseMatches('swollen calf', signWords('my calf is swollen')));
  assert.ok(phraseMatches('swollen calf breathless', signWords('swollen calf and breathlessness')));
  assert.ok(!phraseMatches('swollen calf', signWords('calf cramp at night')));
  // short words must match whole: "pee" must not match "peel"
  assert.ok(!phraseMatches("can't pee", signWords('cant peel potatoes')));
  // a plain ending on a query word: "ending" is "end"
  assert.ok(phraseMatches('end my life', signWords('thinking about ending my life')));
});

test('matches come most urgent first; an ordinary query matches nothing', () => {
  assert.deepEqual(matchWarningSigns('swollen calf, breathless', signs).map((s) => s.id), ['clot-lung', 'calf']);
  assert.deepEqual(matchWarningSigns('I cannot pee', signs).map((s) => s.id), ['pee']);
  assert.deepEqual(matchWarningSigns('calf cramp at night', signs), []);
  assert.deepEqual(matchWarningSigns('   ', signs), []);
});
