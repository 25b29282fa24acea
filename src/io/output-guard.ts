// One check for every command's output path, made before any work: never a source, never a folder of other files, never a folder where a file goes.

import { accessSync, constants, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isInsideFolder } from './contained-path.js';
import { fileSystemReason, writeFailureHint } from './fs-errors.js';

/** Written into every folder briefdeck fills (a build, PNG images): such a folder may be replaced without --force. */
export const OUTPUT_MARKER = '.briefdeck-output';

/** The output path cannot be used; the message says why and what to do. */
export class OutputPathError extends Error {
  override name = 'OutputPathError';
}

export interface ProtectedFolder {
  dir: string;
  /** As named in messages: "the project folder", "the deck folder". */
  what: string;
  /** Output inside it is refused too (the deck and its sources), not only output that would replace it. */
  noOutputInside: boolean;
}

export interface OutputRequest {
  /** Absolute path of the file or folder to write. */
  target: string;
  kind: 'file' | 'folder';
  /** The option that named it, for messages (e.g. `--out`). */
  flag: string;
  /** Paths in messages are relative to it. */
  cwd: string;
  protect: readonly ProtectedFolder[];
  /** Lets a folder of other files be replaced. */
  force?: boolean;
}

/** Throws an OutputPathError when writing `request.target` would destroy something or fail only after the work. */
export function guardOutput(request: OutputRequest): void {
  const { target, kind, flag, cwd } = request;
  const shown = path.relative(cwd, target) || '.';
  for (const folder of request.protect) {
    const replaces = isInsideFolder(folder.dir, target, true);
    if (replaces || (folder.noOutputInside && isInsideFolder(target, folder.dir))) {
      const how = replaces ? (kind === 'folder' ? 'would replace' : 'would overwrite') : 'is inside';
      throw new OutputPathError(`${flag} ${shown} ${how} ${folder.what} (${path.relative(cwd, folder.dir) || '.'}); output never goes over a deck or its sources: choose a ${kind} of its own, e.g. ${flag} ${kind === 'folder' ? 'dist' : fileOfItsOwn(target, cwd)} in the project folder`);
    }
  }
  const blocker = fileOnTheWay(path.dirname(target));
  if (blocker !== undefined) throw new OutputPathError(`cannot create the output ${kind} ${shown}: part of its path is a file (${path.relative(cwd, blocker) || blocker}), not a folder; choose another ${kind} with ${flag}`);
  const unwritable = whyNotWritable(path.dirname(target));
  if (unwritable !== undefined) throw new OutputPathError(`cannot write ${shown}: ${unwritable}; ${writeFailureHint(unwritable)}`);
  const existing = statOrUndefined(target);
  if (existing === undefined) return;
  if (kind === 'file') {
    if (!existing.isFile()) throw new OutputPathError(`the output ${shown} is a folder, not a file; choose a file name with ${flag}, e.g. ${flag} ${path.join(shown, 'deck')}${path.extname(target) || '.pdf'}`);
    return;
  }
  if (!existing.isDirectory()) throw new OutputPathError(`the output ${shown} is a file, not a folder; choose a folder, e.g. ${flag} dist`);
  if (request.force || isPreviousOutput(target) || isEmptyFolder(target)) return;
  throw new OutputPathError(`the output folder ${shown} holds files briefdeck did not write, and writing there replaces them; choose an empty or new folder with ${flag}, or pass --force to replace it`);
}

/** A file name to suggest instead of `target`: its name in the project folder, or in out/ when that is `target` itself. */
function fileOfItsOwn(target: string, cwd: string): string {
  const name = path.basename(target);
  return path.resolve(cwd, name) === path.resolve(target) ? path.join('out', name) : name;
}

/** Marks `dir` as briefdeck's output, so a later run may replace it. */
export function markOutput(dir: string): void {
  writeFileSync(path.join(dir, OUTPUT_MARKER), 'This folder was written by briefdeck; a later build or export may replace it.\n');
}

/** The marker, or (for builds made before there was one) an index.html carrying briefdeck's page data. */
function isPreviousOutput(dir: string): boolean {
  if (statOrUndefined(path.join(dir, OUTPUT_MARKER))?.isFile() === true) return true;
  const index = path.join(dir, 'index.html');
  const stats = statOrUndefined(index);
  if (!stats?.isFile() || stats.size > 64 * 1024 * 1024) return false;
  try {
    return readFileSync(index, 'utf8').includes(LEGACY_BUILD_SIGN);
  } catch {
    return false;
  }
}

/** What every page briefdeck has built holds (the page data script). */
const LEGACY_BUILD_SIGN = '<script type="application/json" id="briefdeck-data">';

function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

/**
 * Why nothing can be written in `dir` (the output's folder, where its temporary sibling goes too), judged on its nearest
 * existing ancestor: a read-only file system or a folder the user may not write to. Undefined when writing may go ahead.
 */
function whyNotWritable(dir: string): string | undefined {
  let existing = dir;
  while (statOrUndefined(existing) === undefined && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    accessSync(existing, constants.W_OK);
    return undefined;
  } catch (error) {
    return fileSystemReason(error);
  }
}

/** The nearest existing ancestor of `dir` when it is not a folder. */
function fileOnTheWay(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const stats = statOrUndefined(current);
    if (stats !== undefined) return stats.isDirectory() ? undefined : current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** The path's stats; undefined when nothing is there (also when a file stands where a folder on the path should be). */
function statOrUndefined(file: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
