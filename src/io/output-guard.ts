// One check for every command's output path, made before any work: never a source, never a file or folder of other content, never a folder where a file goes.

import { accessSync, constants, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isInsideFolder } from './contained-path.js';
import { fileSystemReason, writeFailureHint } from './fs-errors.js';
import { isBuiltPage, type FileFormat } from './output-formats.js';

/** Written into every folder briefdeck fills (a build, PNG images): such a folder may be replaced without --force. */
export const OUTPUT_MARKER = '.briefdeck-output';

/** The output path cannot be used; the message says why and what to do. */
export class OutputPathError extends Error {
  override name = 'OutputPathError';
}

/** A folder or file no output may replace, whatever the flags. */
export interface ProtectedFolder {
  /** The folder, or a single file (a slide file, the source article, the config). */
  dir: string;
  /** As named in messages: "the project folder", "the deck folder". */
  what: string;
  /** Output inside it is refused too (the deck and its sources), not only output that would replace it. */
  noOutputInside: boolean;
}

interface OutputPlace {
  /** Absolute path of the file or folder to write. */
  target: string;
  /** The option that named it, for messages (e.g. `--out`). */
  flag: string;
  /** Paths in messages are relative to it. */
  cwd: string;
  protect: readonly ProtectedFolder[];
  /** Lets a folder of other files, or a file that is not `format`, be replaced (never a protected one). */
  force?: boolean;
}

/** A file is written in one format: an existing file at the path is replaced only when it holds that format, or with `force`. */
export type OutputRequest = OutputPlace & ({ kind: 'file'; format: FileFormat } | { kind: 'folder' });

/** Throws an OutputPathError when writing `request.target` would destroy something or fail only after the work. */
export function guardOutput(request: OutputRequest): void {
  const { target, kind, flag, cwd } = request;
  const shown = path.relative(cwd, target) || '.';
  // Also as the file system will reach them: a symlinked folder on the output's path may lead into a deck.
  const targets = withRealPath(target, path.join(realFolder(path.dirname(target)), path.basename(target)));
  for (const folder of request.protect) {
    const dirs = withRealPath(folder.dir, realFolder(folder.dir));
    const replaces = dirs.some((dir) => targets.some((written) => isInsideFolder(dir, written, true)));
    if (replaces || (folder.noOutputInside && dirs.some((dir) => targets.some((written) => isInsideFolder(written, dir))))) {
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
  if (request.kind === 'file') {
    if (!existing.isFile()) throw new OutputPathError(`the output ${shown} is a folder, not a file; choose a file name with ${flag}, e.g. ${flag} ${path.join(shown, 'deck')}${path.extname(target) || '.pdf'}`);
    const { recognises, name } = request.format;
    if (request.force || recognises?.(target) === true) return;
    const what = recognises ? ` and is not ${name}, so writing there would destroy it` : '';
    throw new OutputPathError(`the output ${shown} exists${what}; pass --force to overwrite it, or choose another file with ${flag}`);
  }
  if (!existing.isDirectory()) throw new OutputPathError(`the output ${shown} is a file, not a folder; choose a folder, e.g. ${flag} dist`);
  if (request.force || isPreviousOutput(target) || isEmptyFolder(target)) return;
  throw new OutputPathError(`the output folder ${shown} holds files briefdeck did not write, and writing there replaces them; choose an empty or new folder with ${flag}, or pass --force to replace it`);
}

/** `written`, and its real form when that differs. */
function withRealPath(written: string, real: string): string[] {
  return real === written ? [written] : [written, real];
}

/** `dir` with symlinks resolved as far as it exists (the rest as written): where writing into it really lands. */
function realFolder(dir: string): string {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      if (path.dirname(current) === current) return path.resolve(dir);
      missing.push(path.basename(current));
    }
  }
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
  return statOrUndefined(index)?.isFile() === true && isBuiltPage(index);
}

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
