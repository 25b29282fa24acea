// Code fences highlighted at build time with highlight.js, with reveal.js's `[1|3-5]` line steps; no highlighter reaches the browser.

import type { MarkdownIt } from 'markdown-it';
import { createRequire } from 'node:module';
import type { HLJSApi, LanguageFn } from 'highlight.js';
import { DIAGRAM_LANGUAGES } from './diagram-fence.js';
import { readFenceInfo, splitHighlightedLines, steppedCode } from '../code-steps.js';

/** The languages a fence may name (and their usual aliases: js, ts, py, sh, html, yml …); others stay plain text. */
const LANGUAGES = ['bash', 'c', 'cpp', 'csharp', 'css', 'diff', 'go', 'java', 'javascript', 'json', 'kotlin', 'markdown', 'php', 'plaintext', 'python', 'ruby', 'rust', 'shell', 'sql', 'swift', 'typescript', 'xml', 'yaml'];

let loaded: HLJSApi | undefined;

/**
 * The highlighter with every language, made when a fence first needs it, not when a Markdown renderer is made:
 * a deck without code (or with diagrams only) never loads it.
 */
function highlighter(): HLJSApi {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const made = (require('highlight.js/lib/core') as HLJSApi).newInstance();
  for (const name of LANGUAGES) made.registerLanguage(name, require(`highlight.js/lib/languages/${name}`) as LanguageFn);
  loaded = made;
  return made;
}

export function highlightedLanguages(): string[] {
  return highlighter().listLanguages();
}

export function codeHighlight(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const info = readFenceInfo(token.info);
    const plain = (): string => (fallback ? fallback(tokens, index, options, env, self) : self.renderToken(tokens, index, options));
    // A diagram's fence is asked first: a deck whose only fences are diagrams never loads the highlighter.
    if (DIAGRAM_LANGUAGES.includes(info.language)) return plain();
    const known = info.language !== '' && highlighter().getLanguage(info.language) !== undefined;
    if (!known && info.lineNumbers === undefined) return plain();
    const html = known ? highlighter().highlight(token.content, { language: info.language, ignoreIllegals: true }).value : md.utils.escapeHtml(token.content);
    const codeClass = ['hljs', ...(info.language ? [`language-${md.utils.escapeHtml(info.language)}`] : [])].join(' ');
    if (info.lineNumbers !== undefined) return steppedCode(splitHighlightedLines(html), { ...info, lineNumbers: info.lineNumbers }, codeClass);
    return `<pre class="code-wrapper"><code class="${codeClass}">${html}</code></pre>\n`;
  };
}
