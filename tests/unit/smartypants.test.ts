import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkSmartypantsFast, { PUNCTUATION_TRIGGER, QUOTE_TRIGGER } from '../../src/lib/markdown/smartypants.ts';
import { syntheticArticle } from '../../scripts/bench/synthetic.ts';

// Astro's pipeline with remark-smartypants, and the same with ours in its place.
const stock = await createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [remarkGfm] });
const fast = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, remarkPlugins: [remarkGfm, remarkSmartypantsFast] });

async function same(markdown: string, label: string) {
  const [a, b] = await Promise.all([stock.render(markdown), fast.render(markdown)]);
  assert.equal(b.code, a.code, label);
}

const TRICKY = [
  '"Hello," she said. \'It\'s the \'80s\' -- and "\'quoted\' words" here...',
  "Wait . . . what? And...then --- then -- now. Dots.. two. ''Backticks\u0060\u0060 too. \u0060\u0060Open.",
  '# "A heading"\n\n\'Opening a paragraph\' and a [link with "quotes"](/a/) "around **bold**".',
  '| "cell" | it\'s |\n| --- | --- |\n| a -- b | c . . . d |',
  'Code \u0060"not" -- changed...\u0060 and text "after" it.\n\n\u0060\u0060\u0060\n"fenced" -- code...\n\u0060\u0060\u0060',
  'Line one.\u0085.\u0085. NEL between dots; no-break\u00a0.\u00a0.\u00a0. spaces.',
  'A footnote.[^1] "Quote" at the end.\n\n[^1]: NHS, "Back pain" -- 2024...',
  '- it\'s a list\n- "second" item\n- third -- item',
  'Plain words with no punctuation to change at all',
  'Apostrophes only: don\'t, can\'t, the doctor\'s advice, people\'s backs.',
];

test('smart punctuation matches remark-smartypants on tricky text', async () => {
  for (const [i, md] of TRICKY.entries()) await same(md, `sample ${i}: ${md}`);
});

test('smart punctuation matches remark-smartypants on every article and on synthetic ones', async () => {
  const dir = path.resolve('content/articles');
  for (const f of readdirSync(dir).filter((f) => /\.md$/.test(f))) {
    await same(parseFrontmatter(readFileSync(path.join(dir, f), 'utf8')).content.trim(), f);
  }
  for (let i = 0; i < 20; i++) await same(parseFrontmatter(syntheticArticle(i, 20).text).content.trim(), `synthetic ${i}`);
});

test('the passes are skipped only for text they could not change', () => {
  assert.ok(!QUOTE_TRIGGER.test('no quotes here -- only dashes'));
  assert.ok(QUOTE_TRIGGER.test("it's"));
  for (const t of ['a -- b', 'wait...', 'wait . . .', 'a.\u0085.', "''", '``']) assert.ok(PUNCTUATION_TRIGGER.test(t), t);
  for (const t of ['One. Two. Three.', 'a - b', "it's", 'e.g. this']) assert.ok(!PUNCTUATION_TRIGGER.test(t), t);
});
