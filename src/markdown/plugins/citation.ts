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

/** `[@…]` up to the first `]`: a citation, well formed or not (a malformed one stays on one line). Sticky: read where the rule stands. */
const BRACKETED = /\[@([^\][]*)\]/y;
const WELL_FORMED = /^[A-Za-z0-9_-]+(?:\s*[,;]\s*@?[A-Za-z0-9_-]+)*$/;
/** A well-formed body without a separator is one id, as written (the usual citation: no splitting needed). */
const ONE_OF_MANY = /[,;]/;

export function citation(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'citation', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x40 /* @ */) return false;
    BRACKETED.lastIndex = state.pos;
    const match = BRACKETED.exec(state.src);
    if (!match || state.pos + match[0].length > state.posMax) return false;
    const body = match[1]!;
    const wellFormed = WELL_FORMED.test(body);
    // Not a citation's form, and followed by a link destination or label: a link whose text starts with @.
    if (!wellFormed && body.includes('\n')) return false;
    if (!wellFormed && /^[([]/.test(state.src.slice(state.pos + match[0].length, state.pos + match[0].length + 1))) return false;
    if (!silent) {
      const token = state.push(wellFormed ? 'citation' : 'citation_malformed', '', 0);
      // A malformed one reads as its text where only text is taken (the PowerPoint export).
      if (!wellFormed) token.content = match[0];
      const ids = wellFormed && !ONE_OF_MANY.test(body) ? [body] : (wellFormed ? body.split(/\s*[,;]\s*/) : body.split(/[\s,;]+/)).map((id) => id.replace(/^@/, '')).filter((id) => id !== '');
      const meta: CitationMeta = { ids, written: match[0], offset: state.pos };
      token.meta = meta;
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.citation = (tokens, index, _options, env: unknown) => {
    const ids = (tokens[index]!.meta as CitationMeta).ids;
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
