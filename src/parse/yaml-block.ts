// Parses a YAML block (headmatter or slide frontmatter) safely, mapping errors to file lines.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
import { readSimpleYamlBlock } from './simple-yaml.js';
import { textMemo } from './text-memo.js';

export type YamlBlockResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; line: number; column: number; message: string };

/** Aliases (`*name`) a block may expand: enough for real settings, too few for a "billion laughs" block. */
export const MAX_ALIAS_COUNT = 50;

/**
 * `firstLine` is the file line of the block's first YAML line. Only plain data is accepted: no custom tags.
 * Values of `textKeys` (ids, titles…) are read as written: `id: 007` is "007", not 7; `title: 2e3` is "2e3".
 */
export function parseYamlBlock(source: string, firstLine: number, textKeys: ReadonlySet<string> = new Set()): YamlBlockResult {
  const simple = readSimpleYamlBlock(source, textKeys);
  if (simple !== undefined) return { ok: true, data: simple };
  // Read once per text (its lines counted from 1), then placed at `firstLine`: a block that moved down a file is the same block.
  const read = fullBlocks(`${[...textKeys].join(',')}\0${source}`, () => parseFullYamlBlock(source, 1, textKeys));
  return read.ok ? read : { ...read, line: read.line + firstLine - 1 };
}

const fullBlocks = textMemo<YamlBlockResult>();

/** `parseYamlBlock` by the full parser, for any block: what the direct reader gives must equal this. */
export function parseFullYamlBlock(source: string, firstLine: number, textKeys: ReadonlySet<string> = new Set()): YamlBlockResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true, customTags: [] });
  const [error] = [...doc.errors, ...doc.warnings];
  if (error) {
    const pos = yamlErrorPosition(source, error, lineCounter);
    return { ok: false, line: firstLine + pos.line - 1, column: pos.col, message: firstSentence(error.message) };
  }
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && textKeys.has(String(pair.key.value))) readAsWritten(pair.value as Node | null);
    }
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return { ok: false, line: firstLine, column: 0, message: 'the block repeats anchors (&name / *name) so often that it would grow without bound' };
  }
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: firstLine, column: 1, message: 'expected "key: value" lines, found a single value or a list' };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Where a YAML error is, as 1-based line and column in `source` (errors carry no linePos without prettyErrors).
 * A collection left open (`[a, b` with no `]`) is noticed only at the next line: point at the line left open.
 */
export function yamlErrorPosition(source: string, error: YAMLError, lineCounter: LineCounter): { line: number; col: number } {
  let offset = error.pos[0];
  if (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR') {
    const before = source.slice(0, offset);
    const lastText = before.replace(/\s+$/, '');
    if (lastText.length < before.length && before.slice(lastText.length).includes('\n')) offset = lastText.length;
  }
  return lineCounter.linePos(offset);
}

/**
 * Plain scalars the core schema reads as numbers or booleans (`007`, `2e3`, `true`) set back to the text as
 * written, in place; in a list, each item. For values that are names or text, never quantities.
 */
export function readAsWritten(node: Node | null | undefined): void {
  if (isSeq(node)) {
    for (const item of node.items) readAsWritten(item as Node);
    return;
  }
  if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value === 'string' || node.value === null) return;
  const written = (node as { source?: unknown }).source;
  if (typeof written === 'string') node.value = written;
}
