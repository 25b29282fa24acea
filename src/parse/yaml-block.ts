// Parses a YAML block (headmatter or slide frontmatter) safely, mapping errors to file lines.

import { parseDocument } from 'yaml';

export type YamlBlockResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; line: number; column: number; message: string };

/** `firstLine` is the file line of the block's first YAML line. Only plain data is accepted: no custom tags. */
export function parseYamlBlock(source: string, firstLine: number): YamlBlockResult {
  const doc = parseDocument(source, { schema: 'core', prettyErrors: false, uniqueKeys: true, customTags: [] });
  const [error] = [...doc.errors, ...doc.warnings];
  if (error) {
    const pos = error.linePos?.[0];
    return {
      ok: false,
      line: firstLine + (pos ? pos.line - 1 : 0),
      column: pos?.col ?? 0,
      message: firstSentence(error.message),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: firstLine, column: 1, message: 'expected "key: value" lines, found a single value or a list' };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
