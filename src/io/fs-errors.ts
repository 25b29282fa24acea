// File-system failures in words a user can act on, whoever reports them (Node's errors, or the bundler's with a backtrace). Pure.

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
