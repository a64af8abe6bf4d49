import { parseFrontmatter } from '@astrojs/markdown-remark';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';

/**
 * Reading an article's frontmatter exactly as Astro does (its own
 * `parseFrontmatter`), with the YAML also read by `yaml` only to trace each
 * field to its line in the file for error messages.
 */
export interface Frontmatter {
  /** False when the file does not start with a --- block. */
  present: boolean;
  data: unknown;
  /** A YAML mistake, with the line in the file where it is. */
  yamlError?: { line: number; message: string };
  /** The line in the file of a field (or of the nearest field above it that exists). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The line in the file where the body starts (1-based). */
  bodyLine: number;
}

export function readFrontmatter(text: string): Frontmatter {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'preserve' });
  } catch (e) {
    // js-yaml (Astro's reader) names the line within the block, which starts on the file's first line.
    const mark = (e as { mark?: { line: number }; reason?: string }).mark;
    const message = (e as { reason?: string }).reason ?? String(e);
    return { present: true, data: undefined, yamlError: { line: (mark?.line ?? 0) + 1, message }, lineOf: () => 1, bodyLine: 1 };
  }
  const { rawFrontmatter } = parsed;
  if (!rawFrontmatter) return { present: false, data: undefined, lineOf: () => 1, bodyLine: 1 };
  // The block starts on line 2 of the file (line 1 is the opening ---).
  const offset = text.slice(0, text.indexOf(rawFrontmatter)).split('\n').length - 1;
  const bodyLine = offset + rawFrontmatter.split('\n').length + 1;
  // Read again with positions, only to find the line of each field: only when a field is asked for, which
  // is when something is wrong with it (every build reads every article's frontmatter).
  let positions: { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | undefined;
  const read = () => {
    if (!positions) {
      const lines = new LineCounter();
      positions = { doc: parseDocument(rawFrontmatter, { lineCounter: lines, prettyErrors: false }), lines };
    }
    return positions;
  };
  const lineAt = (pos: number) => read().lines.linePos(pos).line + offset;

  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = read().doc.contents;
    let line = offset + 1;
    for (const key of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as YamlNode & { value?: unknown })?.toString() === String(key));
        if (pair?.key && (pair.key as YamlNode).range) line = lineAt((pair.key as YamlNode).range![0]);
        next = pair?.value;
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
        if (next && (next as YamlNode).range) line = lineAt((next as YamlNode).range![0]);
      }
      if (!next) break;
      node = next;
    }
    return line;
  };
  return { present: true, data: parsed.frontmatter, lineOf, bodyLine };
}
