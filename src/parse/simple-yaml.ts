// A direct reader for the YAML blocks most slides carry, one `key: plain scalar` per line, resolved by the core schema's own tags.

import { isScalar, Schema, type ScalarTag } from 'yaml';

/** A line the reader takes: a simple key, `:`, and a plain scalar on the same line (or nothing, which is null). */
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,63}):(?: +(.*))?$/;

/** A value's start that could open anything but a plain scalar (an indicator, a quote, a tag, an anchor…); `-` only before a number. */
const INDICATOR_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?![0-9.]))/;

/** Text inside a value that could end it early or make it more than one scalar: `: `, a trailing `:`, ` #`, a tab. */
const VALUE_BREAK = /: |:$| #|\t/;

/** The core schema with no custom tags, as yaml-block.ts parses with: its scalar tags resolve each value. */
let coreScalarTags: ScalarTag[] | undefined;

function isScalarTag(tag: Schema['tags'][number]): tag is ScalarTag {
  return tag.collection === undefined && tag.default === true && tag.test !== undefined;
}

/** In the schema's order, as the full parser tries them: the first whose test matches a plain scalar resolves it. */
function scalarTags(): ScalarTag[] {
  coreScalarTags ??= new Schema({ schema: 'core', customTags: [] }).tags.filter(isScalarTag);
  return coreScalarTags;
}

/** What `resolvePlain` gives for a scalar its tag reports a problem with: the full parser would report it too. */
const REFUSED = Symbol('refused');

/** A plain scalar as the core schema reads it: null, a boolean, a number, or the text itself. */
function resolvePlain(text: string): unknown {
  const tag = scalarTags().find((candidate) => candidate.test!.test(text));
  if (tag === undefined) return text;
  let refused = false;
  const resolved: unknown = tag.resolve(text, () => (refused = true), { intAsBigInt: false });
  if (refused) return REFUSED;
  return isScalar(resolved) ? resolved.value : resolved;
}

/**
 * The block's data when every line is blank or `key: plain scalar` with distinct simple keys, each value resolved as
 * the full parser would (values of `textKeys` that resolve to booleans or numbers kept as written); otherwise
 * `undefined`, and the caller parses the block in full.
 */
export function readSimpleYamlBlock(source: string, textKeys: ReadonlySet<string>): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const line of source.split('\n')) {
    if (line === '') continue;
    const match = SIMPLE_LINE.exec(line);
    if (!match) return undefined;
    const key = match[1]!;
    if (seen.has(key) || resolvePlain(key) !== key) return undefined;
    seen.add(key);
    const written = (match[2] ?? '').replace(/ +$/, '');
    if (written !== '' && (INDICATOR_START.test(written) || VALUE_BREAK.test(written))) return undefined;
    const value = resolvePlain(written);
    if (value === REFUSED) return undefined;
    data[key] = textKeys.has(key) && value !== null && typeof value !== 'string' ? written : value;
  }
  return data;
}
