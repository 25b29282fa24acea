// Decides what `briefdeck generate` may write: a manifest of content hashes tells generated files from hand-edited ones.

import { createHash } from 'node:crypto';

/** Name of the manifest file in the output folder. */
export const MANIFEST_NAME = '.briefdeck-generated.json';

/** What the generator last wrote into a deck folder: file (relative path) -> sha256 of its content. */
export interface Manifest {
  generator: 'briefdeck generate';
  version: 1;
  article: string;
  files: Record<string, string>;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads a manifest; undefined when missing or not ours. */
export function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    if (!data || typeof data !== 'object') return undefined;
    const m = data as Partial<Manifest>;
    if (m.generator !== 'briefdeck generate' || typeof m.files !== 'object' || m.files === null) return undefined;
    const files: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.files)) if (typeof v === 'string') files[k] = v;
    return { generator: 'briefdeck generate', version: 1, article: typeof m.article === 'string' ? m.article : '', files };
  } catch {
    return undefined;
  }
}

export interface PlannedFile {
  /** Path relative to the output folder. */
  name: string;
  content: string | Uint8Array;
}

export interface Conflict {
  name: string;
  reason: 'edited' | 'not-generated';
}

export interface WritePlan {
  /** Files to write (new or changed). */
  write: PlannedFile[];
  /** Unchanged generated files the new output no longer has. */
  remove: string[];
  /** Files that stop the run unless forced. */
  conflicts: Conflict[];
  /** Other deck files left as they are (reported so the user knows they are part of the deck). */
  kept: string[];
  manifest: Manifest;
}

export interface PlanInput {
  /** Current content of the output folder's deck files (`*.md`) and of every path in `files`, when they exist. */
  existing: ReadonlyMap<string, string | Uint8Array>;
  manifest?: Manifest;
  files: readonly PlannedFile[];
  article: string;
  force: boolean;
}

/**
 * Plans a run. A file may be replaced when it does not exist, already has the new content, or still
 * has the content the generator last wrote (its hash is in the manifest). Anything else — edited
 * since, or never generated — is a conflict unless `force`. Without a manifest every existing deck
 * file counts as not generated.
 */
export function planWrite(input: PlanInput): WritePlan {
  const recorded = input.manifest?.files ?? {};
  const names = new Set(input.files.map((f) => f.name));
  const write: PlannedFile[] = [];
  const conflicts: Conflict[] = [];
  const remove: string[] = [];
  const kept: string[] = [];
  const untouched = (name: string, content: string | Uint8Array): boolean => recorded[name] === sha256(content);
  for (const file of input.files) {
    const current = input.existing.get(file.name);
    if (current === undefined) {
      write.push(file);
      continue;
    }
    if (sha256(current) === sha256(file.content)) continue;
    if (untouched(file.name, current) || input.force) write.push(file);
    else conflicts.push({ name: file.name, reason: recorded[file.name] ? 'edited' : 'not-generated' });
  }
  for (const [name, content] of input.existing) {
    if (names.has(name) || !name.endsWith('.md')) continue;
    if (untouched(name, content)) remove.push(name);
    else if (input.force) kept.push(name);
    else conflicts.push({ name, reason: recorded[name] ? 'edited' : 'not-generated' });
  }
  const files: Record<string, string> = {};
  for (const f of input.files) files[f.name] = sha256(f.content);
  return { write, remove, conflicts, kept, manifest: { generator: 'briefdeck generate', version: 1, article: input.article, files } };
}
