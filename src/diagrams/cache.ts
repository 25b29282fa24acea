// A disk cache of rendered diagrams: one JSON file per key under a directory, written atomically.

import { randomUUID, createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where builds keep rendered diagrams unless told otherwise (relative to the project root). */
export const DEFAULT_DIAGRAM_CACHE_DIR = 'node_modules/.cache/briefdeck/diagrams';

/**
 * What a render produced for one key. Mermaid syntax errors are cached too: they depend only on the
 * code, config and mermaid version (all in the key), so a deck with a broken diagram rebuilds without
 * a browser. Only the message is kept; the file and line belong to each request.
 */
export type CachedDiagram = { svg: string; labelPx?: number } | { error: string };

interface CacheFile {
  key: string;
  svg?: string;
  labelPx?: number;
  error?: string;
}

export interface DiagramCache {
  readonly dir: string;
  read(key: string): Promise<CachedDiagram | undefined>;
  write(key: string, entry: CachedDiagram): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9_-]{1,100}$/;

function fileNameFor(key: string): string {
  if (SAFE_KEY.test(key)) return `${key}.json`;
  return `h-${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`;
}

function parseCacheFile(text: string, key: string): CachedDiagram | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const file: Partial<CacheFile> = parsed;
  if (file.key !== key) return undefined;
  if (typeof file.svg === 'string') return typeof file.labelPx === 'number' ? { svg: file.svg, labelPx: file.labelPx } : { svg: file.svg };
  if (typeof file.error === 'string') return { error: file.error };
  return undefined;
}

/** A cache over `dir`. Unreadable or foreign files read as misses; writes never leave partial files. */
export function diagramCache(dir: string): DiagramCache {
  return {
    dir,
    async read(key) {
      try {
        return parseCacheFile(await readFile(join(dir, fileNameFor(key)), 'utf8'), key);
      } catch {
        return undefined;
      }
    },
    async write(key, entry) {
      await mkdir(dir, { recursive: true });
      const target = join(dir, fileNameFor(key));
      const temporary = `${target}.${process.pid}.${randomUUID()}.tmp`;
      const file: CacheFile = 'svg' in entry ? { key, svg: entry.svg, labelPx: entry.labelPx } : { key, error: entry.error };
      try {
        await writeFile(temporary, JSON.stringify(file));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
