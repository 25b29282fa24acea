// Writes a briefing manifest as YAML text from a list of picked slide ids (remix view and `briefdeck remix`). Pure.

import { yamlText } from '../parse/yaml-write.js';

export interface RemixSelection {
  title: string;
  audience?: string;
  budget?: number;
  ids: string[];
  pins: Record<string, string>;
}

/** Through the kit's YAML writer, so a title such as `2e3` or an id such as `007` reads back as written. */
export function manifestYaml(selection: RemixSelection): string {
  const pinned = selection.ids.filter((id) => selection.pins[id] !== undefined);
  return yamlText({
    title: selection.title,
    ...(selection.audience ? { audience: selection.audience } : {}),
    ...(selection.budget !== undefined ? { minutes: selection.budget } : {}),
    slides: selection.ids,
    ...(pinned.length > 0 ? { pins: Object.fromEntries(pinned.map((id) => [id, selection.pins[id]!])) } : {}),
  });
}
