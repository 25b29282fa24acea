// Mermaid flowchart and sequence diagram code as readable units: node labels (with their group) and "from label to" edges.

/** A node written with a label: `id["Label"]`, `id(Label)`, `id{Label}`, `id(["Label"])` and the like. */
const NODE = /([A-Za-z_][\w-]*)\s*(?:\[\[|\[\(|\(\[|\(\(|\[|\(|\{)\s*"?([^"\])}]*?)"?\s*(?:\]\]|\)\]|\]\)|\)\)|\]|\)|\})/g;
/** Flowchart edge operators: `-->`, `---`, `-.->`, `==>`, with an optional `|label|`, or `-- label -->`. */
const EDGE = /\s*(?:--\s+([^|>-][^>]*?)\s+-->|(-{2,}>|-{3,}|-\.+->|-\.+-|={2,}>|={3,}))\s*(?:\|"?([^|"]*)"?\|)?\s*/;
const SKIP = /^(?:accTitle|accDescr)\b|^%%|^(?:flowchart|graph|classDef|class|style|linkStyle|end|direction|sequenceDiagram|autonumber|loop|alt|else|opt|par|and|rect|critical|break)(?:\s|$)/;
const ID = String.raw`[A-Za-z0-9_]+(?:-(?![->x)])[A-Za-z0-9_]+)*`;
const MESSAGE = new RegExp(String.raw`^(${ID})\s*(?:-{1,2}>>|-{1,2}>|-{1,2}x|-{1,2}\))\s*[+-]?(${ID})\s*:\s*(.*)$`);

/** Label text: `<br/>` and other tags become spaces. */
const label = (text: string): string => text.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim();

/** Units a reader sees in a diagram; a dashed edge ends in "(dashed)". */
export function mermaidUnits(code: string): string[] {
  const labels = new Map<string, string>();
  /** The subgraph (group) each node was first defined in, by label. */
  const groups = new Map<string, string>();
  const open: string[] = [];
  const units: string[] = [];
  const lines = code.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const sequence = /^sequenceDiagram\b/.test(lines[0] ?? '');
  const bodies: string[] = [];
  for (const line of lines) {
    const participant = /^(?:participant|actor)\s+([\w-]+)(?:\s+as\s+(.+))?$/.exec(line);
    if (participant) {
      labels.set(participant[1]!, label(participant[2] ?? participant[1]!));
      continue;
    }
    const subgraph = /^subgraph\s+([\w-]+)\s*(?:\["?([^"\]]*)"?\])?\s*(.*)$/.exec(line);
    if (subgraph) {
      const name = label(subgraph[2] ?? (subgraph[3] || subgraph[1]!));
      units.push(name);
      open.push(name);
      continue;
    }
    if (line === 'end') {
      open.pop();
      continue;
    }
    if (SKIP.test(line)) continue;
    if (sequence) {
      bodies.push(line);
      continue;
    }
    // Node definitions are read outside `|edge labels|` only.
    const parts = line.split(/(\|[^|]*\|)/);
    bodies.push(parts.map((part, i) => (i % 2 === 1 ? part : part.replace(NODE, (_m, id: string, text: string) => {
      labels.set(id, label(text));
      const group = open[open.length - 1];
      if (group !== undefined && !groups.has(id)) groups.set(id, group);
      return id;
    }))).join(''));
  }
  const name = (id: string): string => labels.get(id) ?? id;
  for (const [id, text] of labels) if (text) units.push(groups.has(id) ? `${text} (${groups.get(id)})` : text);
  for (const line of bodies) {
    const message = MESSAGE.exec(line);
    if (message) {
      units.push(`${name(message[1]!)} ${label(message[3]!)} ${name(message[2]!)}`);
      continue;
    }
    const note = /^note\s+(?:over|left of|right of)\s+[^:]+:\s*(.*)$/i.exec(line);
    if (note) {
      units.push(label(note[1]!));
      continue;
    }
    let rest = line;
    let from = /^([\w-]+)/.exec(rest)?.[1];
    if (!from) continue;
    rest = rest.slice(from.length);
    for (let edge = EDGE.exec(rest); from && edge && edge.index === 0; edge = EDGE.exec(rest)) {
      rest = rest.slice(edge[0].length);
      const to = /^([\w-]+)/.exec(rest)?.[1];
      if (!to) break;
      rest = rest.slice(to.length);
      const text = label(edge[1] ?? edge[3] ?? '');
      const dashed = (edge[2] ?? '').includes('.') ? ' (dashed)' : '';
      units.push(`${name(from)} ${text} ${name(to)}${dashed}`.replace(/\s+/g, ' '));
      from = to;
    }
  }
  return units;
}
