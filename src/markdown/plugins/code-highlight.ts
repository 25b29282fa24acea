// Code fences highlighted at build time with highlight.js, with reveal.js's `[1|3-5]` line steps; no highlighter reaches the browser.

import type { MarkdownIt } from 'markdown-it';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import markdown from 'highlight.js/lib/languages/markdown';
import php from 'highlight.js/lib/languages/php';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { DIAGRAM_LANGUAGES } from './diagram-fence.js';
import { readFenceInfo, splitHighlightedLines, steppedCode } from '../code-steps.js';

/** The languages a fence may name (and their usual aliases: js, ts, py, sh, html, yml …); others stay plain text. */
const LANGUAGES = { bash, c, cpp, csharp, css, diff, go, java, javascript, json, kotlin, markdown, php, plaintext, python, ruby, rust, shell, sql, swift, typescript, xml, yaml };

const highlighter = hljs.newInstance();
for (const [name, language] of Object.entries(LANGUAGES)) highlighter.registerLanguage(name, language);

export function highlightedLanguages(): string[] {
  return highlighter.listLanguages();
}

export function codeHighlight(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const info = readFenceInfo(token.info);
    const known = info.language !== '' && highlighter.getLanguage(info.language) !== undefined;
    if (DIAGRAM_LANGUAGES.includes(info.language) || (!known && info.lineNumbers === undefined)) {
      return fallback ? fallback(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    }
    const html = known ? highlighter.highlight(token.content, { language: info.language, ignoreIllegals: true }).value : md.utils.escapeHtml(token.content);
    const codeClass = ['hljs', ...(info.language ? [`language-${md.utils.escapeHtml(info.language)}`] : [])].join(' ');
    if (info.lineNumbers !== undefined) return steppedCode(splitHighlightedLines(html), { ...info, lineNumbers: info.lineNumbers }, codeClass);
    return `<pre class="code-wrapper"><code class="${codeClass}">${html}</code></pre>\n`;
  };
}
