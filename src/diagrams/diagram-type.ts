// The kind of a Mermaid diagram, read from its first statement (after front matter, directives and comments). Pure.

export const DIAGRAM_KINDS = [
  'flowchart', 'sequence', 'class', 'state', 'er', 'gantt', 'pie', 'journey', 'timeline', 'mindmap',
  'quadrant', 'xychart', 'sankey', 'block', 'kanban', 'other',
] as const;
export type DiagramKind = (typeof DIAGRAM_KINDS)[number];

/** Mermaid's keyword for each kind (the first word of the diagram), as its parser detects them. */
const KEYWORDS: readonly (readonly [RegExp, DiagramKind])[] = [
  [/^(?:flowchart|graph)\b/i, 'flowchart'],
  [/^sequenceDiagram\b/, 'sequence'],
  [/^classDiagram(?:-v2)?\b/, 'class'],
  [/^stateDiagram(?:-v2)?\b/, 'state'],
  [/^erDiagram\b/, 'er'],
  [/^gantt\b/, 'gantt'],
  [/^pie\b/, 'pie'],
  [/^journey\b/, 'journey'],
  [/^timeline\b/, 'timeline'],
  [/^mindmap\b/, 'mindmap'],
  [/^quadrantChart\b/, 'quadrant'],
  [/^xychart(?:-beta)?\b/, 'xychart'],
  [/^sankey(?:-beta)?\b/, 'sankey'],
  [/^block(?:-beta)?\b/, 'block'],
  [/^kanban\b/, 'kanban'],
];

/** The first line that is not blank, a `%%` comment or directive, or part of a leading `---` front matter block. */
function firstStatement(code: string): string {
  const lines = code.split(/\r?\n/);
  let index = 0;
  while (index < lines.length && lines[index]!.trim() === '') index++;
  if (lines[index]?.trim() === '---') {
    index++;
    while (index < lines.length && lines[index]!.trim() !== '---') index++;
    index++;
  }
  for (; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line !== '' && !line.startsWith('%%')) return line;
  }
  return '';
}

export function diagramKind(code: string): DiagramKind {
  const statement = firstStatement(code);
  return KEYWORDS.find(([pattern]) => pattern.test(statement))?.[1] ?? 'other';
}
