// File-system failures in words a user can act on, whoever reports them (Node's errors, or the bundler's with a backtrace). Pure.

import path from 'node:path';

/** Why a file-system operation failed, as a short phrase; undefined when the error is not a file-system one. */
export function fileSystemReason(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const text = `${code} ${error instanceof Error ? error.message : String(error)}`;
  if (/\bENOSPC\b|No space left on device/i.test(text)) return 'the disk is full';
  if (/\bEROFS\b|Read-only file system/i.test(text)) return 'the file system is read-only';
  if (/\bEACCES\b|\bEPERM\b|Permission denied/i.test(text)) return 'permission denied';
  if (/\bEDQUOT\b|quota exceeded/i.test(text)) return 'the disk quota is used up';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of its path is a file, not a folder';
  return undefined;
}

/** What a user can do about a write that failed for `reason`. */
export function writeFailureHint(reason: string): string {
  if (reason === 'the disk is full' || reason === 'the disk quota is used up') return 'free some space, or write the output somewhere else with --out';
  if (reason === 'the file system is read-only' || reason === 'permission denied') return 'write the output to a folder you may write to, with --out';
  return 'choose another place for the output with --out';
}

/** An output that could not be written for a file-system reason: names the output as the user gave it, never a temporary file. */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError';

  constructor(
    /** Absolute path of the output file or folder. */
    readonly target: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`cannot write ${target}: ${reason}; ${writeFailureHint(reason)}`, options);
  }

  /** The message with the output's path relative to `cwd`. */
  describe(cwd: string): string {
    const shown = path.relative(cwd, this.target) || this.target;
    return `cannot write ${shown}: ${this.reason}; ${writeFailureHint(this.reason)}`;
  }
}

/** `error` as an OutputWriteError for `target` when it is a file-system failure; otherwise `error` itself. */
export function asOutputWriteError(error: unknown, target: string): unknown {
  if (error instanceof OutputWriteError) return error;
  const reason = fileSystemReason(error);
  return reason === undefined ? error : new OutputWriteError(path.resolve(target), reason, { cause: error });
}
