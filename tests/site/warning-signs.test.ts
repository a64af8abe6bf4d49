import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articlePages } from '../support/dist.ts';
import { loadWarningSets } from '../support/warning-sets.ts';
import { ROOT } from '../../scripts/support/paths.ts';
import { CARE_LEVELS } from '../../src/lib/care/care-levels.ts';
import { SYMPTOMS, type SymptomId } from '../../src/lib/symptoms/symptoms.ts';

/**
 * The built pages against the warning-sign data: every sign of every set an
 * article includes is on its page, in the card of its level; nothing is at
 * two levels; crisis help is wherever mental health comes up.
 */
const sets = loadWarningSets();
const pages = articlePages();
const frontmatter = (slug: string) => {
  const dir = path.join(ROOT, 'content', 'articles');
  const file = ['md', 'mdx'].map((ext) => path.join(dir, `${slug}.${ext}`)).find((f) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  })!;
  return parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as { warningSigns?: string[]; symptoms: SymptomId[] };
};
const decode = (s: string) => s.replace(/\u00a0|&nbsp;/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The sign texts in each card of a page, by the card's data-care-level. */
function cards(html: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of html.matchAll(/<div class="care-card [a-z]+"[^>]*data-care-level="([a-z]+)"[^>]*>([\s\S]*?)<\/ul>/g)) {
    out[m[1]!] = [...m[2]!.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((li) => decode(li[1]!.trim()));
  }
  return out;
}

const slug = (p: { path: string }) => p.path.split('/')[2]!;

test('there are warning-sign sets for every topic the site covers', () => {
  for (const id of ['back-pain', 'cramps-and-swollen-leg', 'headache-and-neck', 'eyelid-and-face', 'stroke', 'mental-health-crisis', 'bowel', 'pregnancy', 'kidney']) {
    assert.ok(sets.has(id), `no warning-sign set "${id}"`);
  }
});

test('no sign id is used in two sets', () => {
  const seen = new Map<string, string>();
  for (const [setId, set] of sets) {
    for (const s of set.signs) {
      assert.ok(!seen.has(s.id), `sign "${s.id}" is in both ${seen.get(s.id)} and ${setId}`);
      seen.set(s.id, setId);
    }
  }
});

test('every article shows every sign of each set it includes, in the card of the sign\'s level', () => {
  assert.ok(pages.length >= 22);
  let checked = 0;
  for (const page of pages) {
    const shown = cards(page.html);
    for (const setId of frontmatter(slug(page)).warningSigns ?? []) {
      for (const sign of sets.get(setId)!.signs) {
        assert.ok(shown[sign.level]?.includes(sign.text), `${page.path}: "${sign.text}" (${setId}) is not in the ${sign.level} card`);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `only ${checked} signs checked`);
});

test('every card carries its level, and no sign is at two levels on one page', () => {
  for (const page of pages) {
    const levels = [...page.html.matchAll(/class="care-card ([a-z]+)"[^>]*data-care-level="([a-z]+)"/g)];
    for (const [, cls, level] of levels) assert.equal(cls, level, page.path);
    const shown = cards(page.html);
    const all = Object.entries(shown).flatMap(([level, texts]) => texts.map((t) => [t.toLowerCase(), level] as const));
    const seen = new Map<string, string>();
    for (const [text, level] of all) {
      assert.ok(!seen.has(text), `${page.path}: "${text}" is shown at ${seen.get(text)} and ${level}`);
      seen.set(text, level);
    }
  }
});

test('the emergency card says what to do in 20 words or fewer', () => {
  assert.ok(CARE_LEVELS.emergency.lead.split(/\s+/).length <= 20);
  const withEmergency = pages.filter((p) => p.html.includes('data-care-level="emergency"'));
  assert.ok(withEmergency.length > 10);
  for (const p of withEmergency) assert.ok(decode(p.html).includes(CARE_LEVELS.emergency.lead), p.path);
});

test('crisis help, with a source for each line, is on every page about anxiety, panic, low mood, long-term pain or sleep', () => {
  const crisis = sets.get('mental-health-crisis')!;
  const needs = pages.filter((p) =>
    frontmatter(slug(p)).symptoms.some((s) => (SYMPTOMS[s].warningSigns as readonly string[]).includes('mental-health-crisis')),
  );
  assert.ok(needs.length >= 7, `only ${needs.length} pages need crisis help`);
  for (const page of needs) {
    const raw = /<section class="crisis"[\s\S]*?<\/section>/.exec(page.html)?.[0];
    const block = raw && decode(raw);
    assert.ok(block, `${page.path} has no crisis help`);
    for (const c of crisis.contacts ?? []) {
      const item = new RegExp(`<li[^>]*data-contact="${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[\\s\\S]*?</li>`).exec(block)?.[0];
      assert.ok(item, `${page.path}: crisis help has no "${c.name}"`);
      if (c.number) assert.ok(item.includes(c.number), `${page.path}: ${c.name} without its number`);
      for (const key of c.sources) assert.ok(item.includes(crisis.sources[key]!.url), `${page.path}: ${c.name} without its source`);
    }
  }
});

test('every article says who it is for, with a route for children and for pregnancy', () => {
  for (const page of pages) {
    const note = /<p class="audience"[^>]*>([\s\S]*?)<\/p>/.exec(page.html)?.[1];
    assert.ok(note, `${page.path} does not say who it is for`);
    if (/for adults/.test(note)) {
      assert.match(note, /child or teenager/, page.path);
      assert.match(note, /pregnant/, page.path);
    }
  }
});
