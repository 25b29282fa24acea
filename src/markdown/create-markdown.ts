// The one configured markdown-it instance: options and the ordered list of briefdeck plugins.

import markdownIt, { type MarkdownIt } from 'markdown-it';
import type { DeckMeta } from '../model/deck.js';
import { assetReferences } from './plugins/asset-references.js';
import { citation } from './plugins/citation.js';
import { codeHighlight } from './plugins/code-highlight.js';
import { columns } from './plugins/columns.js';
import { diagramFence } from './plugins/diagram-fence.js';
import { fragmentMarker } from './plugins/fragment-marker.js';
import { inlineNesting } from './plugins/inline-nesting.js';
import { inlineTokens } from './plugins/inline-tokens.js';
import { noteSource } from './plugins/note-source.js';
import { rememberedLinks } from './plugins/remembered-links.js';
import { revealElementAttributes } from './plugins/reveal-element-attributes.js';
import { unclosableBrackets } from './plugins/unclosable-brackets.js';
import { unclosableDelimiters } from './plugins/unclosable-delimiters.js';

/** Order matters only where a plugin reads what another wrote; each registers its own rule position. */
export const PLUGINS = [inlineTokens, inlineNesting, unclosableBrackets, unclosableDelimiters, revealElementAttributes, fragmentMarker, citation, codeHighlight, diagramFence, columns, noteSource, assetReferences, rememberedLinks] as const;

export interface MarkdownOptions {
  /** Curly quotes and dashes (markdown-it's typographer). Default: off, so text reads as written. */
  typographer?: boolean;
  /** The deck's own element attribute pattern (checked when the deck was parsed). Default: `<!-- .element: … -->`. */
  attributePatterns?: DeckMeta['attributePatterns'];
  /** Bare URLs (`https://…`, `www.…`) become links. Default: on; off where text is read as written, not rendered. */
  linkify?: boolean;
}

export function createMarkdown(options: MarkdownOptions = {}): MarkdownIt {
  const md = markdownIt({ html: true, linkify: options.linkify !== false, typographer: options.typographer === true, breaks: false });
  for (const plugin of PLUGINS) md.use(plugin, options);
  return md;
}

/** The markdown-it instance a deck's settings ask for. */
export function createDeckMarkdown(meta: Pick<DeckMeta, 'typographer' | 'attributePatterns'>): MarkdownIt {
  return createMarkdown({ typographer: meta.typographer === true, ...(meta.attributePatterns ? { attributePatterns: meta.attributePatterns } : {}) });
}
