// reveal.js's attribute comment patterns (`data-element-attributes`, `data-attributes`): chosen like the separators, checked, and matched on one comment.

import type { Diagnostic } from '../model/diagnostic.js';
import { commentDirective, type CommentDirective } from './linear-scan.js';
import { patternProblem, pickPattern, type SeparatorSources } from './separators.js';
import { compileUserPattern } from './user-pattern.js';

/** The patterns as text, as a deck or the plugin options write them. */
export interface AttributePatternOptions {
  /** reveal.js's `data-element-attributes`: in an HTML comment, its first group holds attributes for the element before the comment. */
  elementAttributes?: string;
  /** reveal.js's `data-attributes`: in an HTML comment, its first group holds attributes for the slide. */
  slideAttributes?: string;
}

export const ATTRIBUTE_PATTERN_KEYS = ['elementAttributes', 'slideAttributes'] as const;
type PatternKey = (typeof ATTRIBUTE_PATTERN_KEYS)[number];

/** reveal.js 6's markdown plugin defaults, used for the pattern a deck leaves out when it sets the other. */
export const REVEAL_ATTRIBUTE_PATTERNS: Readonly<Record<PatternKey, string>> = {
  elementAttributes: '\\.element\\s*?(.+?)$',
  slideAttributes: '\\.slide:\\s*?(\\S.+?)$',
};

/** Checked patterns, as text (deck metadata carries them to the renderer). */
export interface AttributePatterns {
  element: string;
  slide: string;
}

/**
 * The deck's attribute patterns, or undefined when none is set anywhere (then `<!-- .slide: -->` and
 * `<!-- .element: -->` are read as briefdeck always reads them). Headmatter beats reveal-md.json beats plugin
 * options, key by key. A pattern must compile, stay linear (see user-pattern.ts) and have a group for the attributes.
 */
export function chooseAttributePatterns(sources: SeparatorSources): { patterns?: AttributePatterns; diagnostics: Diagnostic[] } {
  const found = ATTRIBUTE_PATTERN_KEYS.map((key) => ({ key, at: pickPattern(key, sources.headmatter, sources.revealMdJson, sources.plugin ?? {}) }));
  if (found.every(({ at }) => at === undefined)) return { diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const chosen = { ...REVEAL_ATTRIBUTE_PATTERNS };
  for (const { key, at } of found) {
    if (!at) continue;
    const example = `e.g. ${key}: '${key === 'elementAttributes' ? '\\{_\\s*?([^}]+?)\\}' : '^\\s*?--\\s(.*?)$'}'`;
    if (typeof at.value !== 'string' || at.value === '') {
      diagnostics.push(patternProblem(at, key, 'should be a regular expression written as text', `quote it, ${example}`, 'invalid-attribute-pattern'));
      continue;
    }
    const compiled = compileUserPattern(at.value, 'mg');
    if (!compiled.ok) {
      diagnostics.push(patternProblem(at, key, compiled.reason, `write a simpler pattern, ${example}`, 'invalid-attribute-pattern'));
      continue;
    }
    if (new RegExp(`${at.value}|`).exec('')!.length < 2) {
      diagnostics.push(patternProblem(at, key, 'has no group ( … ) around the attributes', `put parentheses around the part that holds the attributes, ${example}`, 'invalid-attribute-pattern'));
      continue;
    }
    chosen[key] = at.value;
  }
  return diagnostics.length > 0 ? { diagnostics } : { patterns: { element: chosen.elementAttributes, slide: chosen.slideAttributes }, diagnostics };
}

/**
 * What one whole comment (`<!-- … -->`) says: notes as always (`<!-- notes: … -->`); then, as reveal.js tries
 * them, element attributes, else slide attributes, each the first group of its pattern's first match.
 */
export function attributeCommentDirective(comment: string, patterns: AttributePatterns | undefined): CommentDirective | undefined {
  const builtIn = commentDirective(comment);
  if (!patterns || builtIn?.kind === 'notes') return builtIn;
  if (!comment.startsWith('<!--') || !comment.endsWith('-->') || comment.length < 7) return undefined;
  const inner = comment.slice(4, -3);
  for (const [kind, source] of [['element', patterns.element], ['slide', patterns.slide]] as const) {
    const match = new RegExp(source, 'm').exec(inner);
    if (match) return { kind, body: (match[1] ?? '').trim() };
  }
  return undefined;
}
