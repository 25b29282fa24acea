// reveal.js's stepped line highlights (```` ```php [1|3-5] ````), built into the HTML at build time. Pure.

/** What a fence's info string says after the language: `[1|3-5]`, `[5: 1,3]`, `[]`. The pattern reveal.js's markdown plugin uses. */
const STEPS = /\[\s*((\d*):)?\s*([\s\d,|-]*)\]/;

export interface FenceInfo {
  language: string;
  /** `data-line-numbers` as written (steps split by `|`); undefined: no line numbers. */
  lineNumbers?: string;
  /** `data-ln-start-from`. */
  startFrom?: number;
}

export function readFenceInfo(info: string): FenceInfo {
  const match = STEPS.exec(info);
  if (!match) return { language: info.trim().split(/\s+/)[0] ?? '' };
  const language = info.replace(STEPS, '').trim().split(/\s+/)[0] ?? '';
  const start = match[2]?.trim();
  return { language, lineNumbers: match[3]!.trim(), ...(start ? { startFrom: Number(start) } : {}) };
}

interface Range {
  start: number;
  end?: number;
}

/** reveal.js's reading of `1,3-5|7`: steps of ranges; anything else in a step highlights nothing. */
export function readSteps(lineNumbers: string): Range[][] {
  return lineNumbers.replace(/\s/g, '').split('|').map((step) =>
    step.split(',').flatMap((part) => {
      if (!/^[\d-]+$/.test(part)) return [];
      const [start, end] = part.split('-').map((n) => parseInt(n, 10));
      if (start === undefined || Number.isNaN(start)) return [];
      return end === undefined || Number.isNaN(end) ? [{ start }] : [{ start, end }];
    }));
}

function writeSteps(step: Range[]): string {
  return step.map((r) => (r.end !== undefined ? `${r.start}-${r.end}` : `${r.start}`)).join(',');
}

/** Highlighted HTML (spans and entities only) cut into lines, each closing and reopening the spans it crosses. */
export function splitHighlightedLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = '';
  const tag = /<span[^>]*>|<\/span>|\n/g;
  let last = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    current += html.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '\n') {
      lines.push(current + '</span>'.repeat(open.length));
      current = open.join('');
    } else if (match[0] === '</span>') {
      open.pop();
      current += match[0];
    } else {
      open.push(match[0]);
      current += match[0];
    }
  }
  current += html.slice(last);
  lines.push(current);
  if (lines.length > 1 && lines.at(-1)!.replace(/<[^>]+>/g, '').trim() === '') lines.pop();
  return lines;
}

/**
 * The DOM reveal.js's highlight plugin makes at run time, made at build time: a table of numbered
 * lines per step, the first step's `<code>` shown, each further step a `.fragment` copy stacked over it
 * (reveal.css places and fades them). No highlighter runs in the browser.
 */
export function steppedCode(lines: readonly string[], info: FenceInfo & { lineNumbers: string }, codeClass: string): string {
  const from = info.startFrom ?? 1;
  const rows = (step: Range[]): string => lines.map((line, index) => {
    const position = index + 1;
    const lit = step.some((r) => (r.end !== undefined ? position >= r.start && position <= r.end : position === r.start));
    const number = index + from;
    return `<tr${lit ? ' class="highlight-line"' : ''}><td class="hljs-ln-line hljs-ln-numbers" data-line-number="${number}"><div class="hljs-ln-n" data-line-number="${number}"></div></td><td class="hljs-ln-line hljs-ln-code" data-line-number="${number}">${line.length > 0 ? line : ' '}</td></tr>`;
  }).join('');
  const steps = readSteps(info.lineNumbers);
  const startAttribute = info.startFrom !== undefined ? ` data-ln-start-from="${info.startFrom}"` : '';
  const codes = steps.map((step, index) => {
    const lit = step.some((r) => r.start >= 1 && r.start <= lines.length);
    const classes = [codeClass, ...(lit ? ['has-highlights'] : []), ...(index > 0 ? ['fragment'] : [])].join(' ');
    return `<code class="${classes}" data-line-numbers="${writeSteps(step)}"${startAttribute}><table class="hljs-ln">${rows(step)}</table></code>`;
  });
  return `<pre class="code-wrapper">${codes.join('')}</pre>\n`;
}
