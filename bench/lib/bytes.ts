// Byte counting: gzip sizes of bodies (compressed here, at zlib's default level 6) and the raw/gzip size of a dist/ folder.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(body: Uint8Array): number {
  return gzipSync(body).length;
}

export interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface FolderSize {
  raw: number;
  gzip: number;
  files: SizedFile[];
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))));
  return nested.flat();
}

/** Every file under `dir`, raw and gzip, largest first. */
export async function folderSize(dir: string): Promise<FolderSize> {
  const files = await Promise.all(
    (await listFiles(dir)).map(async (file) => {
      const body = await readFile(file);
      return { file: path.relative(dir, file), raw: body.length, gzip: gzipSize(body) };
    }),
  );
  files.sort((a, b) => b.gzip - a.gzip);
  return { raw: files.reduce((sum, f) => sum + f.raw, 0), gzip: files.reduce((sum, f) => sum + f.gzip, 0), files };
}

/** The kind of a response for the byte breakdown: by content type, else by file extension. */
export function resourceKind(url: string, contentType: string): 'html' | 'js' | 'css' | 'font' | 'image' | 'other' {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('css')) return 'css';
  if (contentType.startsWith('font/')) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  const ext = path.extname(new URL(url).pathname).toLowerCase();
  if (ext === '.html' || ext === '') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf') return 'font';
  return 'other';
}
