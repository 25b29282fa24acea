// A briefdeck command run on a real small or read-only disk: a tmpfs mounted in a user namespace of its own, gone with it.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { BRIEFDECK_BIN, type CliRun } from './cli-process.js';
import { tempDir } from './temp-dir.js';

/** Fails, saying what the machine lacks, when it cannot mount a disk in a user namespace (`unshare -rm`, util-linux). */
export function requireUserNamespaces(): void {
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k none "$1"', 'sh', tempDir('namespace-probe')], { encoding: 'utf8' });
  if (probe.status === 0) return;
  const why = probe.error ? `unshare is not installed (${probe.error.message}); install util-linux` : `\`unshare -rm\` with a tmpfs mount failed: ${probe.stderr.trim()}; enable unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, user.max_user_namespaces > 0)`;
  throw new Error(`these tests need a disk mounted in a user namespace: ${why}`);
}

export interface DiskSetup {
  /** The disk's size before `fill`, in KiB. */
  sizeKiB: number;
  /** Files and folders copied onto the disk first: name on the disk → path to copy (a previous output). */
  copy?: Record<string, string>;
  /** After copying: leave this many KiB free (the disk shrunk to what is used plus this), or 'read-only'. */
  then?: { freeKiB: number } | 'read-only';
}

export interface DiskRun extends CliRun {
  /** Where the disk was mounted (the command's paths are under it; nothing is there once the run is over). */
  mount: string;
  /** The disk as the command left it, copied out after it exited: its files here. */
  disk: string;
}

/**
 * Runs `briefdeck ...args(mount)` (`mount`: where the disk is) on a fresh tmpfs set up as `setup` says, then copies the
 * disk's content out so the test can read what the command left on it.
 */
export async function runOnSmallDisk(setup: DiskSetup, args: (mount: string) => string[], env: NodeJS.ProcessEnv = {}): Promise<DiskRun> {
  const mount = tempDir('small-disk');
  const report = tempDir('small-disk-report');
  const disk = path.join(report, 'disk');
  mkdirSync(disk);
  const copies = Object.entries(setup.copy ?? {}).map(([name, from]) => `cp -r '${from}' "$M/${name}"`);
  const then = setup.then === 'read-only'
    ? ['mount -o remount,ro "$M"']
    : setup.then ? [`mount -o remount,size=$(( $(df -k --output=used "$M" | tail -1) + ${setup.then.freeKiB} ))k "$M"`] : [];
  const script = [
    'set -e',
    'M="$1"; R="$2"; shift 2',
    `mount -t tmpfs -o size=${setup.sizeKiB}k none "$M"`,
    ...copies,
    ...then,
    'set +e',
    '"$@" > "$R/stdout" 2> "$R/stderr"; echo $? > "$R/code"',
    'cp -r "$M/." "$R/disk"',
  ].join('\n');
  const child = spawn('unshare', ['-rm', 'sh', '-c', script, 'sh', mount, report, process.execPath, BRIEFDECK_BIN, ...args(mount)], {
    cwd: KIT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let setupErrors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (setupErrors += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (status !== 0) throw new Error(`setting up the small disk failed (exit ${status}): ${setupErrors.trim()}`);
  const read = (name: string): string => readFileSync(path.join(report, name), 'utf8');
  return { code: Number(read('code')), stdout: read('stdout'), stderr: read('stderr'), mount, disk };
}
