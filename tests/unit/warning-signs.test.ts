import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeWarningSigns, signSources, type NamedSet } from '../../src/lib/care/warning-signs.ts';
import type { WarningSet } from '../../src/lib/schemas/warning-sign.ts';

const nhs = { title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/back-pain/' };
const rf = { title: 'Cauda equina', publisher: 'Royal Free', url: 'https://royalfree.nhs.uk/ces' };
const set = (signs: WarningSet['signs']): WarningSet => ({ title: 'T', sources: { nhs, rf }, signs });
const sign = (id: string, level: 'emergency' | 'urgent' | 'doctor', text: string, sources = ['nhs']) => ({ id, level, text, sources, phrases: ['x y'] });

const back: NamedSet = {
  id: 'back',
  data: set([
    sign('weight', 'urgent', 'You have lost weight without trying.'),
    sign('numb', 'emergency', 'You have a numb bottom.', ['rf']),
    sign('slow', 'doctor', 'Your pain is not better after a few weeks.'),
  ]),
};
const chest: NamedSet = { id: 'chest', data: set([sign('chest', 'emergency', 'You have chest pain.'), sign('numb', 'emergency', 'You have a numb bottom.', ['rf'])]) };

test('signs are grouped by level in set order, own signs after set signs', () => {
  const list = mergeWarningSigns([back, chest], { emergency: ['You fainted and cannot get up.'] });
  assert.deepEqual(list.emergency.map((s) => s.id), ['numb', 'chest', 'own-1']);
  assert.deepEqual(list.urgent.map((s) => s.id), ['weight']);
  assert.deepEqual(list.doctor.map((s) => s.id), ['slow']);
  assert.equal(list.emergency[0]!.set, 'back');
  assert.equal(list.emergency[2]!.set, undefined);
});

test('a sign in two sets, or written again by the article, is shown once', () => {
  const list = mergeWarningSigns([back, chest], { urgent: ['You have lost weight  without trying'] });
  assert.equal(list.emergency.filter((s) => s.id === 'numb').length, 1);
  assert.equal(list.urgent.length, 1);
});

test('the same sign at two levels is an error naming both places', () => {
  assert.throws(() => mergeWarningSigns([back], { doctor: ['You have a numb bottom.'] }), /care\.doctor: .*numb bottom.*doctor here but emergency in the "back" set/);
  const clash: NamedSet = { id: 'other', data: set([sign('numb', 'urgent', 'You have a numb bottom.')]) };
  assert.throws(() => mergeWarningSigns([back, clash]), /"other".*urgent here but emergency/);
});

test('the sources behind the shown signs are listed once each', () => {
  const urls = signSources(mergeWarningSigns([back, chest])).map((s) => s.url);
  assert.deepEqual(urls, [rf.url, nhs.url]);
});
