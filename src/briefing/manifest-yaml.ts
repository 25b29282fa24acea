// Writes a briefing manifest as YAML text from a list of picked slide ids (remix view and `briefdeck remix`). Pure.

export interface RemixSelection {
  title: string;
  audience?: string;
  budget?: number;
  ids: string[];
  pins: Record<string, string>;
}

/** Quotes a YAML scalar when plain style could be misread. */
export function yamlScalar(text: string): string {
  return /^[A-Za-z0-9][\w .,'’()/-]*$/.test(text) && !/:\s|\s#/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/^[\d.]+$/.test(text)
    ? text
    : JSON.stringify(text);
}

export function manifestYaml(selection: RemixSelection): string {
  const lines = [`title: ${yamlScalar(selection.title)}`];
  if (selection.audience) lines.push(`audience: ${yamlScalar(selection.audience)}`);
  if (selection.budget !== undefined) lines.push(`minutes: ${selection.budget}`);
  lines.push('slides:', ...selection.ids.map((id) => `  - ${id}`));
  const pinned = selection.ids.filter((id) => selection.pins[id] !== undefined);
  if (pinned.length > 0) lines.push('pins:', ...pinned.map((id) => `  ${id}: ${JSON.stringify(selection.pins[id])}`));
  return `${lines.join('\n')}\n`;
}
