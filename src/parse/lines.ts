// Classifies each line of a Markdown file as plain, inside a code fence or inside an HTML comment: the one place fences
// are found before markdown-it runs (splitting slides, finding notes, reading a Markdown article); after it, tokens say.

export type LineContext = 'text' | 'fence' | 'comment';

export interface ScannedLine {
  text: string;
  /** 1-based line number in the file. */
  number: number;
  /** Where the line stands: a fence or comment line includes its opening and closing lines. */
  context: LineContext;
}

export interface OpenBlock {
  kind: 'fence' | 'comment';
  line: number;
  marker: string;
}

export interface ScanResult {
  lines: ScannedLine[];
  /** A fence or comment still open at the end of the text. */
  unclosed?: OpenBlock;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** Splits text into lines (LF or CRLF) and marks fences and comments, as CommonMark would. */
export function scanLines(text: string, firstLine = 1): ScanResult {
  const raw = text.split(/\r?\n/);
  const lines: ScannedLine[] = [];
  let open: OpenBlock | undefined;
  raw.forEach((lineText, index) => {
    const number = firstLine + index;
    if (open?.kind === 'fence') {
      lines.push({ text: lineText, number, context: 'fence' });
      if (closesFence(lineText, open.marker)) open = undefined;
      return;
    }
    if (open?.kind === 'comment') {
      lines.push({ text: lineText, number, context: 'comment' });
      const end = lineText.indexOf('-->');
      // The comment ends here, unless another one opens later on the same line.
      if (end !== -1 && !opensComment(lineText.slice(end + 3))) open = undefined;
      return;
    }
    const fence = FENCE_OPEN.exec(lineText);
    if (fence && !(fence[1]!.startsWith('`') && lineText.slice(fence[0].length).includes('`'))) {
      open = { kind: 'fence', line: number, marker: fence[1]! };
      lines.push({ text: lineText, number, context: 'fence' });
      return;
    }
    if (opensComment(lineText)) {
      open = { kind: 'comment', line: number, marker: '<!--' };
      lines.push({ text: lineText, number, context: 'comment' });
      return;
    }
    lines.push({ text: lineText, number, context: 'text' });
  });
  return open ? { lines, unclosed: open } : { lines };
}

function closesFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed === marker[0]!.repeat(trimmed.length) && /^ {0,3}\S/.test(line);
}

/** True when the line leaves an HTML comment open (its last `<!--` has no `-->` after it). */
function opensComment(line: string): boolean {
  const start = line.lastIndexOf('<!--');
  return start !== -1 && !line.includes('-->', start + 4);
}
