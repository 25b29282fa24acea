// Diagram text alternatives: read accTitle/accDescr from Mermaid code and warn where they are missing.

import type { Diagnostic } from '../model/diagnostic.js';

export interface DiagramAccessibility {
  title?: string;
  description?: string;
}

/** What the accessibility check needs to know about a diagram: its code and where its fence is. */
export interface DiagramLocation {
  code: string;
  file: string;
  line: number;
}

const ACC_TITLE = /^\s*accTitle\s*:\s*(.*?)\s*$/;
const ACC_DESCR_LINE = /^\s*accDescr\s*:\s*(.*?)\s*$/;
const ACC_DESCR_BLOCK_START = /^\s*accDescr\s*\{(.*)$/;

function isComment(line: string): boolean {
  return line.trimStart().startsWith('%%');
}

/** Lines of a multi-line description, trimmed, blank ones dropped, joined by newlines as mermaid does. */
function joinDescriptionLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The accTitle and accDescr of a diagram, as mermaid reads them: `accTitle: …`, `accDescr: …`
 * or the block form `accDescr { … }` (possibly spanning lines). `%%` comment lines are ignored;
 * the first occurrence of each wins. Empty values count as missing.
 */
export function diagramAccessibility(code: string): DiagramAccessibility {
  const lines = code.split(/\r?\n/);
  const found: DiagramAccessibility = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (isComment(line)) continue;

    const title = ACC_TITLE.exec(line);
    if (title && found.title === undefined) {
      if (title[1]) found.title = title[1];
      continue;
    }

    const blockStart = ACC_DESCR_BLOCK_START.exec(line);
    if (blockStart) {
      const parts: string[] = [];
      let rest = blockStart[1] ?? '';
      let closed = rest.indexOf('}');
      while (closed === -1 && index + 1 < lines.length) {
        parts.push(rest);
        index++;
        rest = lines[index] ?? '';
        closed = rest.indexOf('}');
      }
      parts.push(closed === -1 ? rest : rest.slice(0, closed));
      const description = joinDescriptionLines(parts);
      if (found.description === undefined && description !== '') found.description = description;
      continue;
    }

    const description = ACC_DESCR_LINE.exec(line);
    if (description && found.description === undefined && description[1]) {
      found.description = description[1];
    }
  }
  return found;
}

/** A warning for each diagram that lacks accTitle or accDescr, at the diagram's fence. */
export function checkDiagramAccessibility(diagrams: readonly DiagramLocation[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const diagram of diagrams) {
    const { title, description } = diagramAccessibility(diagram.code);
    const missing = [title === undefined ? 'accTitle' : '', description === undefined ? 'accDescr' : ''].filter(
      (name) => name !== '',
    );
    if (missing.length === 0) continue;
    diagnostics.push({
      severity: 'warning',
      code: 'diagram-accessibility',
      file: diagram.file,
      line: diagram.line,
      column: 0,
      message: `Diagram has no ${missing.join(' and no ')}, so it has no complete text alternative.`,
      hint:
        'Add `accTitle: <short name>` and `accDescr: <what it shows>` (or `accDescr { … }` over several lines) ' +
        'after the diagram type line.',
    });
  }
  return diagnostics;
}
