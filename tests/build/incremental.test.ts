import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/support/paths.ts';
import { astroBuild, copyProject } from '../../scripts/support/project-copy.ts';

/**
 * A build reuses every article and symptom page whose code and cache key are
 * unchanged (src/lib/build/page-cache-key.ts). A key that missed
 * something a page shows would serve readers an old page: an old warning sign,
 * an old title in a list. So: build the real articles, make three edits of
 * the kinds that reach other pages, build again reusing pages, and compare
 * that site, byte for byte, with the same content built from nothing.
 */
let project: ReturnType<typeof copyProject>;
const dist = () => path.join(project.dir, 'dist');
const edit = (file: string, from: string | RegExp, to: string) => {
  const f = path.join(project.dir, 'content', file);
  const text = readFileSync(f, 'utf8');
  const edited = text.replace(from, to);
  assert.notEqual(edited, text, `the test could not edit ${file}: has it changed?`);
  writeFileSync(f, edited);
};
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = path.join(dir, f);
    try {
      out.set(f, readFileSync(abs));
    } catch {
      // a folder
    }
  }
  return out;
}

let firstImage: Buffer;
let reused: ReturnType<typeof files>;
let reuseLog: string;
/** A page as the build that reused pages wrote it. */
const page = (p: string) => reused.get(path.join(p, 'index.html'))!.toString('utf8');

before(() => {
  project = copyProject('calm-body-incremental-');
  cpSync(path.join(ROOT, 'content', 'articles'), path.join(project.dir, 'content', 'articles'), { recursive: true });
  const first = astroBuild(project.dir);
  assert.equal(first.status, 0, first.output.slice(-3000));
  firstImage = readFileSync(path.join(dist(), 'og', 'anxiety-and-back-pain.png'));

  // A sentence in one article's text.
  edit('articles/night-leg-cramps.md', /\n\n([A-Z][^\n]*?)\.\n/, '\n\n$1, as our test says.\n');
  // The title of an article that other pages list (related articles, symptom pages) and draw (its share image).
  edit('articles/anxiety-and-back-pain.md', /^title: Anxiety and back pain$/m, 'title: Anxiety and back pain, tested');
  // A warning sign shown on every back-pain page.
  edit('warning-signs/back-pain.yaml', 'when you wipe it with toilet paper."', 'when you wipe it with toilet paper, as our test says."');

  const second = astroBuild(project.dir);
  assert.equal(second.status, 0, second.output.slice(-3000));
  reuseLog = second.output;
  reused = files(dist());

  const fromNothing = astroBuild(project.dir, {}, ['--force']);
  assert.equal(fromNothing.status, 0, fromNothing.output.slice(-3000));
});
after(() => project.remove());

test('a build after edits reuses the pages nothing touched', () => {
  const restored = reuseLog.match(/^.*\((restored|cached)\)$/gm) ?? [];
  // It shows no back-pain set and lists neither edited article.
  assert.ok(restored.some((l) => l.includes('/articles/hemifacial-spasm/')), `hemifacial-spasm was rendered again:\n${restored.join('\n')}`);
  assert.ok(restored.length >= 20, `only ${restored.length} pages were reused:\n${reuseLog.slice(-3000)}`);
  for (const changed of ['/articles/night-leg-cramps/', '/articles/anxiety-and-back-pain/', '/articles/sciatica/', '/symptoms/back-pain/']) {
    assert.ok(!restored.some((l) => l.includes(changed)), `${changed} was reused after an edit it shows`);
  }
});

test('each edit reaches every page that shows it', () => {
  const shows = (p: string, text: string) => assert.ok(page(p).includes(text), `${p} does not show "${text}"`);
  shows('articles/night-leg-cramps', ', as our test says.');
  // Sciatica shows the back-pain set but lists neither edited article: only the sign's edit reaches it.
  shows('articles/sciatica', 'toilet paper, as our test says.');
  shows('symptoms/back-pain', 'Anxiety and back pain, tested');
  assert.ok(!reused.get('og/anxiety-and-back-pain.png')!.equals(firstImage), 'the share image still shows the old title');
  const lists = [...reused.keys()].filter((f) => /^articles\/[^/]+\/index\.html$/.test(f) && !f.includes('anxiety-and-back-pain'));
  assert.ok(lists.some((f) => reused.get(f)!.toString('utf8').includes('Anxiety and back pain, tested')), 'no related list shows the new title');
});

test('the site built reusing pages is byte for byte the site built from nothing', () => {
  const full = files(dist());
  const only = (a: Map<string, Buffer>, b: Map<string, Buffer>) => [...a.keys()].filter((f) => !b.has(f));
  assert.deepEqual({ onlyReusing: only(reused, full), onlyFromNothing: only(full, reused) }, { onlyReusing: [], onlyFromNothing: [] }, 'the two builds wrote different files');
  const differ = [...full].filter(([f, bytes]) => !bytes.equals(reused.get(f)!)).map(([f]) => f);
  assert.deepEqual(differ, [], `these files differ from a build from nothing: ${differ.join(', ')}`);
});
