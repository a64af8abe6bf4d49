import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { fleschKincaid } from 'flesch-kincaid';
import { gfm } from 'micromark-extension-gfm';
import { syllable } from 'syllable';
import { visit, SKIP } from 'unist-util-visit';

/** Parse an article body (frontmatter removed) as the site's Markdown pipeline reads it. */
export function parseBody(markdown: string): Root {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/**
 * The prose a reader reads: paragraphs and list items, without headings,
 * footnote definitions (citations) or code. Each block ends a sentence, so a
 * list item without a full stop is not glued to the next one.
 */
export function readerText(tree: Root): string[] {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition' || node.type === 'heading' || node.type === 'code') return SKIP;
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(/[.!?:]$/.test(text) ? text : `${text}.`);
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

export function sentencesOf(blocks: string[]): string[] {
  return blocks.flatMap((b) => b.split(/(?<=[.!?:])\s+(?=[A-Z0-9"'(])/)).filter((s) => /[a-z]/i.test(s));
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
}

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
  longestSentence: string;
}

/** Flesch-Kincaid grade of the prose in an article body. */
export function readability(markdown: string): Readability {
  const sentences = sentencesOf(readerText(parseBody(markdown)));
  let words = 0;
  let syllables = 0;
  let longestSentence = '';
  for (const s of sentences) {
    const ws = wordsOf(s);
    words += ws.length;
    for (const w of ws) syllables += syllable(w.replace(/[^a-z0-9'-]/gi, '')) || 1;
    if (ws.length > wordsOf(longestSentence).length) longestSentence = s;
  }
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words, sentences: sentences.length, longestSentence };
}

/** Words in the whole body, citations included: what the reader scrolls through. */
export function wordCount(markdown: string): number {
  return wordsOf(toString(parseBody(markdown))).length;
}
