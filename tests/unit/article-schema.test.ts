import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleSchema } from '../../src/lib/schemas/article.ts';

const valid = {
  title: 'Eyelid twitching',
  description: 'Why your eyelid flickers, what helps, and the few signs that mean you should see a doctor.',
  published: '2026-11-25',
  reviewed: '2026-11-25',
  nextReview: '2027-11-25',
  symptoms: ['eyelid-twitch'],
  warningSigns: ['eyelid-and-face', 'stroke'],
  sources: [
    { title: 'Twitching eyes and muscles', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/twitching-eyes-and-muscles/' },
    { title: 'Eye twitching', publisher: 'Mayo Clinic', url: 'https://www.mayoclinic.org/symptoms/eye-twitching/' },
  ],
};

const problems = (data: unknown) => {
  const r = articleSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('a complete article is accepted and draft defaults to false', () => {
  const r = articleSchema.parse(valid);
  assert.equal(r.draft, false);
  assert.ok(r.reviewed instanceof Date);
});

test('missing title is named', () => {
  const { title, ...rest } = valid;
  assert.match(problems(rest).join('\n'), /^title:/m);
});

test('a description over 160 characters is rejected', () => {
  assert.match(problems({ ...valid, description: 'x'.repeat(161) }).join('\n'), /^description: .*160/m);
});

test('a date that is not a date is named', () => {
  assert.match(problems({ ...valid, published: '2026-13-45' }).join('\n'), /^published: .*date/m);
});

test('nextReview must come after reviewed', () => {
  assert.match(problems({ ...valid, nextReview: '2026-01-01' }).join('\n'), /^nextReview: nextReview must be after reviewed/m);
});

test('an unknown symptom is named with the file that defines the vocabulary', () => {
  assert.match(problems({ ...valid, symptoms: ['leg-ache'] }).join('\n'), /^symptoms\.0: unknown symptom "leg-ache".*src\/lib\/symptoms\/symptoms\.ts/m);
});

test('fewer than 2 sources is rejected', () => {
  assert.match(problems({ ...valid, sources: valid.sources.slice(0, 1) }).join('\n'), /^sources: .*at least 2/m);
});

test('a source must be https and on the allow-list', () => {
  const out = problems({ ...valid, sources: [valid.sources[0], { title: 'Blog', publisher: 'Me', url: 'https://best-cure-blog.example/x' }] });
  assert.match(out.join('\n'), /^sources\.1\.url: .*allow-list/m);
  const http = problems({ ...valid, sources: [valid.sources[0], { ...valid.sources[1], url: 'http://www.nhs.uk/x' }] });
  assert.match(http.join('\n'), /^sources\.1\.url: .*https/m);
});

test('a symptom with a warning-sign set requires that set, naming the field and the set', () => {
  const out = problems({ ...valid, symptoms: ['back-pain'], warningSigns: [] }).join('\n');
  assert.match(out, /^warningSigns: articles tagged "back-pain" must show the "back-pain" warning signs/m);
  assert.deepEqual(problems({ ...valid, symptoms: ['back-pain'], warningSigns: ['back-pain'] }), []);
});

test('an unknown warning-sign set is named with the sets there are', () => {
  const out = problems({ ...valid, warningSigns: ['eyelid-and-face', 'stroke', 'back-pian'] }).join('\n');
  assert.match(out, /^warningSigns\.2: there is no warning-sign set called "back-pian": use one of .*back-pain/m);
});

test('unknown frontmatter fields are rejected, so typos do not pass silently', () => {
  assert.match(problems({ ...valid, sumptoms: ['stress'] }).join('\n'), /sumptoms/);
});
