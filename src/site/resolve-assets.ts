// Finds the local files slides name: each inside the project (symlinks resolved) and a regular file (never a pipe or a device), else an error at the line that names it.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AssetKind, AssetReference } from '../model/asset.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { resolveInside } from '../io/contained-path.js';
import { readRegularFile, refusalOf } from '../io/read-regular-file.js';

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
    if ('problem' in result) diagnostics.push(problemAt(reference, result, roots));
    else assets.set(result.path, result);
  }
  return { assets, diagnostics };
}

type Problem = { problem: 'missing' | 'outside' } | { problem: 'not-a-file'; detail: string };

async function resolveOne(reference: AssetReference, roots: AssetRoots): Promise<ResolvedAsset | Problem> {
  const place = resolveInside(path.resolve(roots.displayRoot, reference.path), roots.projectRoot);
  if (place.kind !== 'inside') return { problem: place.kind };
  const stats = await stat(place.real).catch(() => undefined);
  if (!stats) return { problem: 'missing' };
  // No size cap: a slide may name a long video. A pipe or a device is never opened (a read would wait, or never end).
  const refused = refusalOf(stats, Number.POSITIVE_INFINITY);
  if (refused) return { problem: 'not-a-file', detail: refused.detail };
  return { path: reference.path, kind: reference.kind, real: place.real, size: stats.size, version: `${stats.size.toString(36)}-${Math.round(stats.mtimeMs).toString(36)}` };
}

/** A found file's bytes, read only as a regular file: one swapped for a pipe or a device since it was found is an error, never a wait. */
export async function readAsset(asset: ResolvedAsset): Promise<Buffer> {
  const read = readRegularFile(asset.real, Number.POSITIVE_INFINITY);
  if (read.ok) return read.bytes;
  throw new Error(`${asset.path} cannot be read: ${read.detail}; replace it with a regular file and run again`);
}

function problemAt(reference: AssetReference, problem: Problem, roots: AssetRoots): Diagnostic {
  const where = { severity: 'error' as const, file: reference.file, line: reference.line, column: 0 };
  const noun = NOUN[reference.kind];
  const named = `${noun} ${reference.written}`;
  const slideFolder = path.posix.dirname(reference.file);
  const beside = path.posix.dirname(reference.path) === slideFolder;
  if (problem.problem === 'outside') {
    const project = path.relative(roots.displayRoot, roots.projectRoot) || '.';
    return { ...where, code: 'asset-outside', message: `${named} is outside the project (${project}): the path, or a symlink on it, leads out of it`, hint: 'copy the file into the deck folder and refer to it from there' };
  }
  if (problem.problem === 'not-a-file') {
    return { ...where, code: 'asset-not-a-file', message: `${named} cannot be used: ${reference.path} ${problem.detail.replace(/^it /, '')}`, hint: 'replace it with a regular file, or name one, e.g. maps/region.png' };
  }
  const message = beside ? `${named} not found next to ${reference.file}` : `${named} not found: there is no ${reference.path} (paths are relative to ${reference.file})`;
  return { ...where, code: 'asset-missing', message, hint: `put ${path.posix.basename(reference.path)} ${beside ? 'there' : `in ${path.posix.dirname(reference.path)}/`} or fix the path` };
}
