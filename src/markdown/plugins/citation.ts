// `[@p3]` / `[@p3, p7]` cite paragraphs of the deck's source article; rendered as a small reference that links
// each paragraph on the source page when the deck has one (the browser opens it in a popover, the PDF in an appendix).

import type { MarkdownIt } from 'markdown-it';
import type { StateInline } from 'markdown-it';
import { isRenderEnv } from '../env.js';

const CITATION = /^\[@([A-Za-z0-9_-]+(?:\s*[,;]\s*@?[A-Za-z0-9_-]+)*)\]/;

export function citation(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'citation', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x40 /* @ */) return false;
    const match = CITATION.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push('citation', '', 0);
      token.meta = { ids: match[1]!.split(/\s*[,;]\s*/).map((id) => id.replace(/^@/, '')) };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.citation = (tokens, index, _options, env: unknown) => {
    const ids = (tokens[index]!.meta as { ids: string[] }).ids;
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
}
