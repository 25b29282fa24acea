// Reads an input file only when it is a regular file under a size cap: never blocks on a FIFO, never reads a device without end.
// Synchronous: a deck's inputs are small, and each of the four thread-pool round trips of an asynchronous read costs more than
// the read itself (a dev server's hot update reads every deck file, a dev start hashes the deck's and the kit's files).

import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** Larger inputs are refused: a deck, manifest or article this big is a mistake (or /dev/zero). */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export type ReadFailure = 'missing' | 'folder' | 'not-a-file' | 'too-large' | 'unreadable';

export type RegularFileResult = { ok: true; bytes: Buffer } | { ok: false; failure: ReadFailure; detail: string };

/**
 * Opens without blocking (a FIFO opens at once), checks the opened file is a regular file and not over
 * `maxBytes`, and only then reads it. Checking the open handle, not the name, leaves no window for a swap.
 */
export function readRegularFile(file: string, maxBytes = MAX_INPUT_BYTES): RegularFileResult {
  return withRegularFile(file, maxBytes, (fd) => {
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) return { ok: false, failure: 'too-large', detail: `it grew past ${megabytes(maxBytes)} MB while being read` };
    return { ok: true, bytes };
  });
}

/**
 * The first `maxBytes` bytes of `file` (all of it when shorter) if it is a regular file, else undefined: opened without
 * blocking and judged by the open handle, as `readRegularFile` does, for callers that need only the file's start.
 */
export function regularFileStart(file: string, maxBytes: number): Buffer | undefined {
  const read = withRegularFile(file, Number.POSITIVE_INFINITY, (fd, size): RegularFileResult => {
    const buffer = Buffer.alloc(Math.min(maxBytes, size));
    return { ok: true, bytes: buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)) };
  });
  return read.ok ? read.bytes : undefined;
}

/** Opens `file` without blocking and hands `read` the handle once the handle is judged a regular file not over `maxBytes`; closes it either way. */
function withRegularFile(file: string, maxBytes: number, read: (fd: number, size: number) => RegularFileResult): RegularFileResult {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return { ok: false, failure: 'missing', detail: 'it does not exist' };
    if (code === 'EISDIR') return { ok: false, failure: 'folder', detail: 'it is a folder, not a file' };
    return { ok: false, failure: 'unreadable', detail: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message };
  }
  try {
    const stats = fstatSync(fd);
    const refused = refusalOf(stats, maxBytes);
    return refused ? { ok: false, ...refused } : read(fd, stats.size);
  } catch (error) {
    return { ok: false, failure: 'unreadable', detail: (error as Error).message };
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes, or undefined when `readRegularFile` refuses it: for readers to whom such a file is as good as absent. */
export function regularFileBytes(file: string, maxBytes = MAX_INPUT_BYTES): Buffer | undefined {
  const read = readRegularFile(file, maxBytes);
  return read.ok ? read.bytes : undefined;
}

type FileStats = Parameters<typeof kindOf>[0] & { isFile(): boolean; isDirectory(): boolean; size: number };

/**
 * Why a file with these stats is not read (a folder, a pipe or device, over `maxBytes`), or undefined when it may be.
 * From the open handle it decides a read; from a name's `stat` (which never opens, so never waits) it judges a file ahead.
 */
export function refusalOf(stats: FileStats, maxBytes = MAX_INPUT_BYTES): { failure: ReadFailure; detail: string } | undefined {
  if (stats.isDirectory()) return { failure: 'folder', detail: 'it is a folder, not a file' };
  if (!stats.isFile()) return { failure: 'not-a-file', detail: `it is ${kindOf(stats)}, not a regular file` };
  if (stats.size > maxBytes) return { failure: 'too-large', detail: `it is ${megabytes(stats.size)} MB; the limit is ${megabytes(maxBytes)} MB` };
  return undefined;
}

/** What a file that is neither a regular file nor a folder is, for messages: "a named pipe (FIFO)", "a device", … */
export function kindOf(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0);
}
