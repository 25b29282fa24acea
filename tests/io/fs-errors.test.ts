// File-system failures become one phrase, also when the bundler wraps them in a Rust backtrace.

import { describe, expect, it } from 'vitest';
import { fileSystemReason } from '../../src/io/fs-errors.js';

const nodeError = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

describe('fileSystemReason', () => {
  it('names full, read-only and forbidden disks from Node errors and from bundler backtraces', () => {
    expect(fileSystemReason(nodeError('ENOSPC', 'ENOSPC: no space left on device, write'))).toBe('the disk is full');
    expect(fileSystemReason(nodeError('EROFS', 'EROFS: read-only file system, mkdir'))).toBe('the file system is read-only');
    expect(fileSystemReason(nodeError('EACCES', 'EACCES: permission denied, open'))).toBe('permission denied');
    const backtrace = 'Build failed with 1 error:\n\n[UNHANDLEABLE_ERROR] Something went wrong inside rolldown\n\nFailed to write file: No space left on device (os error 28)\n\n   0: rolldown::write\n   1: tokio::runtime::task';
    expect(fileSystemReason(new Error(backtrace))).toBe('the disk is full');
    expect(fileSystemReason(new Error('Read-only file system (os error 30)'))).toBe('the file system is read-only');
  });

  it('leaves other errors alone', () => {
    expect(fileSystemReason(new Error('deck.md:3 error: unclosed fence'))).toBeUndefined();
  });
});
