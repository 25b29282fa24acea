// `[@p3]` / `[@p3, p7]` cite paragraphs of the deck's source article; rendered as a small reference that links
// each paragraph on the source page when the deck has one (the browser opens it in a popover, the PDF in an appendix).
// This rule is the one reading of the syntax: checks, exports and the parser read its tokens.

import type { MarkdownIt } from 'markdown-it';
import type { StateInline } from 'markdown-it';
import { isRenderEnv } from '../env.js';

/** What a `citation` token carries (and a `citation_malformed` one, whose ids are read as best they can be). */
export type CitationMeta = {
  ids: string[];
  /** The citation as written, brackets included. */
  written: string;
  /** Offset of its `[` in the inline content it was read from. */
  offset: number;
};

const WELL_FORMED = /^[A-Za-z0-9_-]+(?:\s*[,;]\s*@?[A-Za-z0-9_-]+)*$/;
/** A well-formed body without a separator is one id, as written (the usual citation: no splitting needed). */
const ONE_OF_MANY = /[,;]/;

/**
 * Where `[@…]` ends: the index of the first `]` from `from` (just after `[@`) before `max`, or -1 when a `[` or the end
 * comes first. A citation, well formed or not, runs to that `]` (a malformed one stays on one line).
 */
function bracketEnd(src: string, from: number, max: number): number {
  for (let at = from; at < max; at++) {
    const code = src.charCodeAt(at);
    if (code === 0x5d /* ] */) return at;
    if (code === 0x5b /* [ */) return -1;
  }
  return -1;
}

export function citation(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'citation', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x40 /* @ */) return false;
    // The first `]` after `[@`, with no `[` before it: a scan, so a line of many citations builds no match arrays.
    const close = bracketEnd(state.src, state.pos + 2, state.posMax);
    if (close === -1) return false;
    const written = state.src.slice(state.pos, close + 1);
    const body = written.slice(2, -1);
    const wellFormed = WELL_FORMED.test(body);
    // Not a citation's form, and followed by a link destination or label: a link whose text starts with @.
    if (!wellFormed && body.includes('\n')) return false;
    if (!wellFormed && /^[([]/.test(state.src.slice(close + 1, close + 2))) return false;
    if (!silent) {
      const token = state.push(wellFormed ? 'citation' : 'citation_malformed', '', 0);
      // A malformed one reads as its text where only text is taken (the PowerPoint export).
      if (!wellFormed) token.content = written;
      const ids = wellFormed && !ONE_OF_MANY.test(body) ? [body] : (wellFormed ? body.split(/\s*[,;]\s*/) : body.split(/[\s,;]+/)).map((id) => id.replace(/^@/, '')).filter((id) => id !== '');
      const meta: CitationMeta = { ids, written, offset: state.pos };
      token.meta = meta;
    }
    state.pos = close + 1;
    return true;
  });
  /** Each body's citations as HTML, by their ids, while it renders: a body citing the same paragraphs again builds it once. */
  const rendered = new WeakMap<object, Map<string, string>>();
  md.renderer.rules.citation = (tokens, index, _options, env: unknown) => {
    const ids = (tokens[index]!.meta as CitationMeta).ids;
    if (typeof env !== 'object' || env === null) return citationHtml(ids, env);
    let byIds = rendered.get(env);
    if (!byIds) rendered.set(env, (byIds = new Map()));
    // Well-formed ids hold no space.
    const key = ids.length === 1 ? ids[0]! : ids.join(' ');
    let html = byIds.get(key);
    if (html === undefined) byIds.set(key, (html = citationHtml(ids, env)));
    return html;
  };
  const citationHtml = (ids: readonly string[], env: unknown): string => {
    const escaped = ids.map((id) => md.utils.escapeHtml(id));
    const sourceHref = isRenderEnv(env) ? env.sourceHref : undefined;
    if (sourceHref === undefined) {
      const label = ids.length === 1 ? `paragraph ${escaped[0]}` : `paragraphs ${escaped.join(', ')}`;
      return `<sup class="cite" data-cite="${escaped.join(' ')}" title="Source: ${label} of the article">${escaped.join(', ')}</sup>`;
    }
    const base = md.utils.escapeHtml(sourceHref);
    const links = escaped.map((id) => `<a href="./${base}#${id}" data-paragraph="${id}" aria-label="Source: paragraph ${id} of the article">${id}</a>`);
    return `<sup class="cite" data-cite="${escaped.join(' ')}">${links.join(', ')}</sup>`;
  };
  // Shown as written, as plain text: `briefdeck check` says what is wrong with it.
  md.renderer.rules.citation_malformed = (tokens, index) => md.utils.escapeHtml((tokens[index]!.meta as CitationMeta).written);
}
