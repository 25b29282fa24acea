// The deck folder `briefdeck generate` writes into: what it holds now (for the write plan), and the plan carried out.

import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_NAME, parseManifest, planWrite, type PlanInput, type PlannedFile, type WritePlan } from '../article/write-plan.js';
import { writeFileAtomic } from '../export/atomic-write.js';
import { readRegularFile } from './read-regular-file.js';

/** Plans writing `files` into `outDir` against what is there: the deck's Markdown files, the planned paths and the generator's record. */
export async function planGeneratedDeck(outDir: string, request: Omit<PlanInput, 'existing' | 'manifest'>): Promise<WritePlan> {
  const manifest = parseManifest(readIfExists(path.join(outDir, MANIFEST_NAME))?.toString('utf8'));
  return planWrite({ ...request, existing: await existingFiles(outDir, request.files), ...(manifest ? { manifest } : {}) });
}

/** Writes the plan's files (each through a temporary file, so none is ever half written), removes what it drops, then records it. */
export async function writeGeneratedDeck(outDir: string, plan: WritePlan): Promise<void> {
  for (const file of plan.write) await writeFileAtomic(path.join(outDir, file.name), bytes(file.content));
  for (const name of plan.remove) await rm(path.join(outDir, name), { force: true });
  await writeFileAtomic(path.join(outDir, MANIFEST_NAME), bytes(`${JSON.stringify(plan.manifest, null, 2)}\n`));
}

function bytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** A file of the folder, read only as a regular file: one that is a pipe, a device or a folder stops the run before anything is written. */
function readIfExists(file: string): Buffer | undefined {
  const read = readRegularFile(file);
  if (read.ok) return read.bytes;
  if (read.failure === 'missing') return undefined;
  throw new Error(`the deck folder already holds ${path.basename(file)}, which cannot be read: ${read.detail}; remove it or choose another --out`);
}

/** Deck files already in the output folder plus the current content of every path we plan to write. */
async function existingFiles(outDir: string, planned: readonly PlannedFile[]): Promise<Map<string, Buffer>> {
  const existing = new Map<string, Buffer>();
  let entries: string[] = [];
  try {
    entries = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const names = new Set([...entries.filter((e) => e.endsWith('.md') && e.toLowerCase() !== 'readme.md'), ...planned.map((p) => p.name)]);
  for (const name of names) {
    const content = readIfExists(path.join(outDir, name));
    if (content !== undefined) existing.set(name, content);
  }
  return existing;
}
