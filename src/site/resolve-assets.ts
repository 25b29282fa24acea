// Finds the local files slides name: each inside the project (symlinks resolved) and a regular file, else an error at the line that names it.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AssetKind, AssetReference } from '../model/asset.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { resolveInside } from '../io/contained-path.js';

/** A referenced file that is there to publish. */
export interface ResolvedAsset {
  /** The reference's `path` (the key asset markers carry). */
  path: string;
  kind: AssetKind;
  /** The file on disk, every symlink resolved. */
  real: string;
  size: number;
  /** Changes when the file does (size and modification time): dev URLs carry it, so an edited image reloads. */
  version: string;
}

export interface AssetRoots {
  /** Reference paths are relative to it (the folder slide file paths are relative to). */
  displayRoot: string;
  /** Files must resolve inside it. */
  projectRoot: string;
}

const NOUN: Record<AssetKind, string> = { image: 'image', video: 'video', audio: 'audio', background: 'background', file: 'linked file' };

/** Each distinct file once; a problem is reported at every reference to it. */
export async function resolveAssets(references: readonly AssetReference[], roots: AssetRoots): Promise<{ assets: Map<string, ResolvedAsset>; diagnostics: Diagnostic[] }> {
  const assets = new Map<string, ResolvedAsset>();
  const diagnostics: Diagnostic[] = [];
  const outcomes = new Map<string, Promise<ResolvedAsset | Problem>>();
  for (const reference of references) {
    let outcome = outcomes.get(reference.path);
    if (!outcome) {
      outcome = resolveOne(reference, roots);
      outcomes.set(reference.path, outcome);
    }
    const result = await outcome;
    if ('problem' in result) diagnostics.push(problemAt(reference, result.problem, roots));
    else assets.set(result.path, result);
  }
  return { assets, diagnostics };
}

interface Problem {
  problem: 'missing' | 'outside' | 'not-a-file';
}

async function resolveOne(reference: AssetReference, roots: AssetRoots): Promise<ResolvedAsset | Problem> {
  const place = await resolveInside(path.resolve(roots.displayRoot, reference.path), roots.projectRoot);
  if (place.kind !== 'inside') return { problem: place.kind };
  const stats = await stat(place.real).catch(() => undefined);
  if (!stats) return { problem: 'missing' };
  if (!stats.isFile()) return { problem: 'not-a-file' };
  return { path: reference.path, kind: reference.kind, real: place.real, size: stats.size, version: `${stats.size.toString(36)}-${Math.round(stats.mtimeMs).toString(36)}` };
}

function problemAt(reference: AssetReference, problem: Problem['problem'], roots: AssetRoots): Diagnostic {
  const where = { severity: 'error' as const, file: reference.file, line: reference.line, column: 0 };
  const noun = NOUN[reference.kind];
  const named = `${noun} ${reference.written}`;
  const slideFolder = path.posix.dirname(reference.file);
  const beside = path.posix.dirname(reference.path) === slideFolder;
  if (problem === 'outside') {
    const project = path.relative(roots.displayRoot, roots.projectRoot) || '.';
    return { ...where, code: 'asset-outside', message: `${named} is outside the project (${project}): the path, or a symlink on it, leads out of it`, hint: 'copy the file into the deck folder and refer to it from there' };
  }
  if (problem === 'not-a-file') {
    return { ...where, code: 'asset-not-a-file', message: `${named} is not a file (${reference.path} is a folder or a device)`, hint: 'name a file, e.g. maps/region.png' };
  }
  const message = beside ? `${named} not found next to ${reference.file}` : `${named} not found: there is no ${reference.path} (paths are relative to ${reference.file})`;
  return { ...where, code: 'asset-missing', message, hint: `put ${path.posix.basename(reference.path)} ${beside ? 'there' : `in ${path.posix.dirname(reference.path)}/`} or fix the path` };
}
