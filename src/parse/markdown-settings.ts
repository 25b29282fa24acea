// Deck headmatter keys that configure Markdown itself: smart quotes and typographic replacements.

import type { Diagnostic } from '../model/diagnostic.js';

/** `typographer` is markdown-it's name; `smartypants` is reveal.js's (its `markdown.smartypants` option). */
export const MARKDOWN_KEYS = ['typographer', 'smartypants'] as const;

export interface MarkdownSettings {
  /** Curly quotes, dashes from `--` and `---`, an ellipsis from `...`. */
  typographer?: boolean;
}

export function readMarkdownSettings(
  data: Record<string, unknown>,
  where: { file: string; keyLine(key: string): number },
): { settings: MarkdownSettings; diagnostics: Diagnostic[] } {
  const settings: MarkdownSettings = {};
  const diagnostics: Diagnostic[] = [];
  for (const key of MARKDOWN_KEYS) {
    if (!Object.hasOwn(data, key)) continue;
    const value = data[key];
    if (typeof value === 'boolean') {
      settings.typographer = value;
      continue;
    }
    diagnostics.push({
      severity: 'error', code: 'invalid-setting', file: where.file, line: where.keyLine(key), column: 1,
      message: `deck setting "${key}" should be true or false`, hint: `write ${key}: true for curly quotes and dashes, or remove it`,
    });
  }
  return { settings, diagnostics };
}
