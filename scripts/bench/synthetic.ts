/**
 * Synthetic articles for the scale benchmark: about 800 words each, with
 * question headings, a list, a table, footnotes, care cards and a link to
 * another article, so every part of the pipeline does real work. Seeded, so
 * every run builds the same site.
 */
import { SYMPTOMS, SYMPTOM_IDS } from '../../src/lib/symptoms/symptoms.ts';

const WORDS = (
  'back pain muscle cramp spasm calf leg night stress anxiety sleep rest move walk stretch gentle warm heat ice doctor ' +
  'pharmacist physiotherapist week day hour often sometimes usually most people feel tight sore stiff ease help body ' +
  'nerve tired tense worry breathing slow deep relax daily life work desk sitting standing exercise activity keep going ' +
  'slowly better worse signs symptoms common cause reason care advice support talk check'
).split(' ');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 9);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  return `${words.join(' ')}.`;
}

const paragraph = (r: () => number) => Array.from({ length: 3 }, () => sentence(r)).join(' ');

export function syntheticArticle(i: number, total: number): { name: string; text: string } {
  const r = rng(i + 1);
  const pick = () => SYMPTOM_IDS[Math.floor(r() * SYMPTOM_IDS.length)]!;
  const symptoms = [...new Set([pick(), pick(), 'back-pain' as const])];
  const sets = [...new Set(symptoms.flatMap((id) => SYMPTOMS[id].warningSigns))];
  const other = (i + 1) % total;
  const sections = ['What does it feel like?', 'Why does it happen?', 'What can I do now?', 'When should I see a doctor?', 'What else can help?'];
  const body: string[] = [paragraph(r)];
  sections.forEach((h, s) => {
    body.push(`## ${h}`, paragraph(r), `${paragraph(r)}[^${(s % 2) + 1}]`, paragraph(r));
    if (s === 2) body.push(Array.from({ length: 4 }, () => `- ${sentence(r)}`).join('\n'));
    if (s === 3) body.push('| Sign | What to do |\n| --- | --- |\n| Pain for 6 weeks | See a doctor |\n| Numb legs | Get help today |');
    if (s === 4) body.push(`You can also read [article ${other}](/articles/synthetic-${other}/#what-can-i-do-now).`);
  });
  body.push('[^1]: NHS, Back pain.', '[^2]: NICE, Low back pain and sciatica in over 16s.');
  const text = `---
title: Synthetic article ${i} about ${symptoms.join(' and ')}
description: A generated article for the scale benchmark, number ${i}, with realistic length and structure.
published: 2026-01-01
reviewed: 2026-06-01
nextReview: 2027-06-01
symptoms: [${symptoms.join(', ')}]
warningSigns: [${sets.join(', ')}]
sources:
  - { title: Back pain, publisher: NHS, url: "https://www.nhs.uk/conditions/back-pain/" }
  - { title: Low back pain and sciatica in over 16s, publisher: NICE, url: "https://www.nice.org.uk/guidance/ng59" }
care:
  emergency: [You cannot control when you pee or poo and your back hurts.]
  urgent: [You have back pain and a high temperature.]
  doctor: [The pain has not eased after 6 weeks.]
---

${body.join('\n\n')}
`;
  return { name: `synthetic-${i}.md`, text };
}
