// Resolves the deck folder a command works on: the positional argument, else `slides/`.

import path from 'node:path';

export function deckDirFrom(positionals: readonly string[], cwd: string): string | undefined {
  const [dir] = positionals;
  return dir === undefined ? undefined : path.resolve(cwd, dir);
}

export function defaultDeckDir(cwd: string): string {
  return path.resolve(cwd, 'slides');
}
