// What the project's public/ folder may hold before a build copies it or the dev server serves it: regular files and folders inside the project, nothing else.

import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { isInsideFolder } from '../io/contained-path.js';
import { kindOf } from '../io/read-regular-file.js';

/** An entry of public/ that may not be copied or served: `file` is its absolute path (a folder link covers what is below it). */
export interface PublicProblem {
  file: string;
  diagnostic: Diagnostic;
}

export interface PublicFolder {
  /** The public/ folder (absolute). */
  dir: string;
  /** Links in it must resolve inside this folder (or inside public/ itself, wherever the config put it). */
  projectRoot: string;
  /** Paths in messages are relative to it. */
  displayRoot: string;
}

/**
 * One error for each entry of public/ a build must not copy: a symlink that leads outside the project (its target
 * would be published), a symlink to nothing, a link into a folder it is already in (the copy would never end), and
 * anything that is not a regular file or folder (a named pipe would block the copy for ever). None when it has no folder.
 */
export async function publicFolderProblems(folder: PublicFolder): Promise<PublicProblem[]> {
  const problems: PublicProblem[] = [];
  const shown = (file: string): string => path.relative(folder.displayRoot, file) || file;
  const problem = (file: string, code: string, message: string, hint: string): void =>
    void problems.push({ file, diagnostic: { severity: 'error', code, file: shown(file), line: 0, column: 0, message: `${shown(file)} ${message}`, hint } });
  const roots = await realRoots(folder);
  if (roots === undefined) return problems;
  const root = roots[1];
  const walk = async (dir: string, within: ReadonlySet<string>): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((): Dirent[] => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      const target = entry.isSymbolicLink() ? await linkTarget(full, roots) : { kind: 'inside' as const, stats: await lstat(full).catch(() => undefined) };
      if (target.kind === 'outside') {
        problems.push(outsideProblem(full, shown(full)));
      } else if (target.kind === 'missing') {
        problem(full, 'public-missing', 'is a symlink to nothing', 'remove the link, or point it at a file inside the project');
      } else if (target.stats?.isDirectory()) {
        const real = await realpath(full).catch(() => full);
        if (within.has(real)) problem(full, 'public-loop', 'is a symlink to a folder it is in: a copy of public/ would never end', 'remove the link');
        else await walk(full, new Set([...within, real]));
      } else if (target.stats && !target.stats.isFile()) {
        problem(full, 'public-not-a-file', `is ${kindOf(target.stats)}, not a regular file or folder: a build cannot copy it`, 'remove it from public/, or replace it with a regular file');
      }
    }
  };
  await walk(folder.dir, new Set([root]));
  return problems;
}

/**
 * The problem with serving `file`, a path below public/ a request names, or undefined when it may be served (or is
 * not there: the server's own answer follows). Checked on the resolved path, so a link on the way is found too.
 */
export async function publicRequestProblem(file: string, folder: PublicFolder): Promise<PublicProblem | undefined> {
  // Most requests name no file of public/ (modules, pages): they cost one failed lookup.
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined) return undefined;
  const roots = await realRoots(folder);
  if (roots === undefined) return undefined;
  return roots.some((root) => isInsideFolder(real, root, true)) ? undefined : outsideProblem(file, path.relative(folder.displayRoot, file) || file);
}

function outsideProblem(file: string, shown: string): PublicProblem {
  return {
    file,
    diagnostic: { severity: 'error', code: 'public-outside', file: shown, line: 0, column: 0, message: `${shown} is a symlink (or passes through one) that leads outside the project: a build would publish what it points at`, hint: 'copy the file into public/ instead of linking to it, or remove the link' },
  };
}

/** public/ and the project, as real paths: a link may lead into either; undefined when there is no public/. */
async function realRoots(folder: PublicFolder): Promise<[string, string] | undefined> {
  const root = await realpath(folder.dir).catch(() => undefined);
  if (root === undefined) return undefined;
  return [await realpath(folder.projectRoot).catch(() => path.resolve(folder.projectRoot)), root];
}

type LinkTarget = { kind: 'outside' } | { kind: 'missing' } | { kind: 'inside'; stats: Stats | undefined };

/** Where a symlink leads: nowhere, outside every one of `roots` (real paths), or to a file whose kind `stat` gives (it never opens it). */
async function linkTarget(link: string, roots: readonly string[]): Promise<LinkTarget> {
  const real = await realpath(link).catch(() => undefined);
  if (real === undefined) return { kind: 'missing' };
  if (!roots.some((root) => isInsideFolder(real, root, true))) return { kind: 'outside' };
  return { kind: 'inside', stats: await stat(real).catch(() => undefined) };
}
