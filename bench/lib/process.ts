// Runs a child process and measures its wall time and peak memory (GNU `/usr/bin/time -v`, else polling /proc/PID/status VmHWM).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** How peak RSS is measured; chosen once per bench run by `detectRssMethod`. */
export type RssMethod = { kind: 'gnu-time'; binary: string } | { kind: 'proc-poll' };

export interface ProcessRun {
  /** Spawn → exit, in ms. */
  ms: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Peak resident set size in MB (the largest single process: the node process for our commands). */
  maxRssMb?: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** GNU time reports "Maximum resident set size" for `-v`; BusyBox and BSD `time` do not, so try it. */
export function detectRssMethod(): RssMethod {
  const binary = '/usr/bin/time';
  const probe = spawnSync(binary, ['-v', 'true'], { encoding: 'utf8' });
  if (probe.status === 0 && /Maximum resident set size/.test(probe.stderr)) return { kind: 'gnu-time', binary };
  return { kind: 'proc-poll' };
}

export function describeRssMethod(method: RssMethod): string {
  return method.kind === 'gnu-time' ? `${method.binary} -v (max RSS of the largest process in the tree)` : 'polling /proc/PID/status VmHWM every 20 ms (the node process only)';
}

/** Reads "Maximum resident set size (kbytes): N" from GNU time's report. */
export function parseGnuTimeRss(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match ? Number(match[1]) / 1024 : undefined;
}

async function readVmHwmMb(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s*(\d+)\s*kB/.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `command args` to completion; never rejects for a non-zero exit (the caller decides). */
export async function runTimed(command: string, args: readonly string[], options: RunOptions, rss: RssMethod): Promise<ProcessRun> {
  const reportDir = rss.kind === 'gnu-time' ? await mkdtemp(path.join(tmpdir(), 'briefdeck-bench-time-')) : undefined;
  const reportFile = reportDir ? path.join(reportDir, 'time.txt') : undefined;
  const [file, argv] = rss.kind === 'gnu-time' && reportFile ? [rss.binary, ['-v', '-o', reportFile, command, ...args]] : [command, [...args]];
  try {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const peak = { mb: 0 };
    const poller =
      rss.kind === 'proc-poll' && child.pid !== undefined
        ? setInterval(() => {
            void readVmHwmMb(child.pid!).then((mb) => {
              if (mb !== undefined && mb > peak.mb) peak.mb = mb;
            });
          }, 20)
        : undefined;
    const timeout = { hit: false };
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timeout.hit = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    const exit = await new Promise<{ ms: number; code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve({ ms: performance.now() - started, code, signal }));
    });
    if (timer) clearTimeout(timer);
    if (poller) clearInterval(poller);
    // Output may still be in the pipes for a moment after exit.
    await new Promise<void>((resolve) => {
      if (child.stdout.readableEnded && child.stderr.readableEnded) resolve();
      else child.once('close', () => resolve());
      setTimeout(resolve, 2000).unref();
    });
    const maxRssMb = reportFile ? parseGnuTimeRss(await readFile(reportFile, 'utf8').catch(() => '')) : peak.mb > 0 ? peak.mb : undefined;
    return {
      ms: exit.ms,
      exitCode: exit.code,
      signal: exit.signal,
      ...(maxRssMb !== undefined ? { maxRssMb } : {}),
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      timedOut: timeout.hit,
    };
  } finally {
    if (reportDir) await rm(reportDir, { recursive: true, force: true });
  }
}

/** One line saying why a run failed: the first error-looking line of its output, else its last line. */
export function failureReason(run: ProcessRun): string {
  if (run.timedOut) return 'timed out';
  const lines = `${run.stderr}\n${run.stdout}`.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const error = lines.find((line) => /\b\w*Error\b|error:|failed/i.test(line) && !/^at /.test(line));
  const shown = (error ?? lines.at(-1) ?? '').slice(0, 160);
  return `exit ${run.exitCode ?? run.signal}${shown ? `: ${shown}` : ''}`;
}
