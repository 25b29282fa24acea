// The kit's one YAML writer (the `yaml` library): strings that would read back as numbers, booleans or null come out quoted. Pure.

import { stringify } from 'yaml';

/** A YAML document for plain data (manifests): block style, no line folding. */
export function yamlText(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0, version: '1.2' });
}

/** `key: value` on one line (settings in frontmatter): flow style, strings double-quoted, so no value spans lines. */
export function yamlLine(key: string, value: unknown): string {
  return `${key}: ${stringify(value, { lineWidth: 0, version: '1.2', collectionStyle: 'flow', defaultStringType: 'QUOTE_DOUBLE' }).trimEnd()}`;
}
