// The real `briefdeck` command in a child process, as a user runs it: its exit code, its output and the processes it leaves.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KIT_ROOT } from '../../src/io/kit-root.js';

export const BRIEFDECK_BIN = path.join(KIT_ROOT, 'bin/briefdeck.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Called with all of stderr so far each time more arrives (to act on a progress line). */
  onStderr?: (stderr: string, child: ChildProcess) => void;
}

/** Runs `briefdeck ...args` from the kit's folder and waits for it to exit. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [BRIEFDECK_BIN, ...args], { cwd: KIT_ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: CliRun = { code: null, stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (run.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    run.stderr += chunk;
    options.onStderr?.(run.stderr, child);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ ...run, code }));
  });
}

/** The lines of stderr that are not progress ("building … …", "using the build of …"): what went wrong, as the user reads it. */
export function diagnosticLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !line.endsWith(' …') && !line.startsWith('using '));
}

/** Whether process `pid` is alive: a zombie (dead, not yet reaped by whoever inherited it) is not. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // The state follows the command name in parentheses: "123 (chromium) Z ...".
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)\s*/s, '')[0] !== 'Z';
  } catch {
    return true;
  }
}

/** Whether `pid` is gone within `ms` (a killed process lingers a moment until it is reaped). */
export async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const until = performance.now() + ms;
  while (isRunning(pid)) {
    if (performance.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
