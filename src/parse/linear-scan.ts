// Text scans that take time linear in their input whatever it holds: HTML comments, reveal.js comment directives, `{+}` markers. Pure.

/** Each `<!--…-->` (to the first `-->`, as HTML reads it) replaced by `replace(comment)`; an unclosed one is left as it is. */
export function replaceComments(text: string, replace: (comment: string) => string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open === -1) break;
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += text.slice(from, open) + replace(text.slice(open, close + 3));
    from = close + 3;
  }
  return out + text.slice(from);
}

export type CommentDirective = { kind: 'notes' | 'slide' | 'element'; body: string };

const DIRECTIVE = /^(?:(notes?)|\.(slide|element)):/i;

/** What a whole comment `<!-- notes: … -->`, `<!-- .slide: … -->` or `<!-- .element: … -->` says (body trimmed), or undefined. */
export function commentDirective(comment: string): CommentDirective | undefined {
  if (!comment.startsWith('<!--') || !comment.endsWith('-->') || comment.length < 7) return undefined;
  const inner = comment.slice(4, -3).trimStart();
  const match = DIRECTIVE.exec(inner);
  if (!match) return undefined;
  const kind = match[1] !== undefined ? 'notes' : match[2] === 'slide' ? 'slide' : match[2] === 'element' ? 'element' : undefined;
  return kind === undefined ? undefined : { kind, body: inner.slice(match[0].length).trim() };
}

/** The first comment in `html` that is a directive (reveal.js attribute comments inside a token), as `read` reads one, or undefined. */
export function firstCommentDirective(html: string, read: (comment: string) => CommentDirective | undefined = commentDirective): CommentDirective | undefined {
  for (let from = 0; ; ) {
    const open = html.indexOf('<!--', from);
    if (open === -1) return undefined;
    const close = html.indexOf('-->', open + 4);
    if (close === -1) return undefined;
    const directive = read(html.slice(open, close + 3));
    if (directive !== undefined) return directive;
    from = close + 3;
  }
}

/** A trailing `{+}` / `{+ style}` marker: the text before it (trailing space removed) and the style, or undefined. */
export function trailingFragmentMarker(text: string): { before: string; style: string } | undefined {
  const open = text.lastIndexOf('{+');
  if (open === -1) return undefined;
  const close = text.indexOf('}', open + 2);
  if (close === -1 || text.slice(close + 1).trim() !== '') return undefined;
  const style = text.slice(open + 2, close).trim();
  if (!/^[a-z-]*$/.test(style)) return undefined;
  return { before: text.slice(0, open).trimEnd(), style };
}
