// Bad input through the real CLI: every case in tests/fixtures/bad gets one clear error, exit 1, and leaves nothing behind.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers/build.js';

const BAD = path.resolve(import.meta.dirname, '../fixtures/bad');

interface BadCase {
  why: string;
  command: 'build' | 'check' | 'dev' | 'export' | 'new' | 'remix';
  /** Before the deck folder, e.g. the export format. */
  leading?: string[];
  /** After the deck folder; `{busy-port}` is replaced by a port another server holds. Default for build: --out dist. */
  args?: string[];
  env?: Record<string, string>;
  /** Made before the run (git keeps neither links out of the tree nor pipes). `{outside}`: a folder beside the project holding secret.md. */
  setup?: {
    symlinks?: Record<string, string>;
    fifos?: string[];
    /** Files of this many bytes (sparse: they take no space), too large for git to keep. */
    sizedFiles?: Record<string, number>;
  };
  expect: {
    /** `file:line` (or just the file) the one error names; absent for errors that are not about a file. */
    location?: string;
    says: string;
    hint: string;
  };
}

interface CliRun {
  exit: number;
  stdout: string;
  stderr: string;
  ms: number;
}

async function runCli(argv: string[], cwd: string, timeoutMs = 60_000): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  // The environment as the case set it (vi.stubEnv), as a shell would pass it.
  const io: CliIO = { cwd, env: { ...process.env }, out: (line) => out.push(line), err: (line) => err.push(line) };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`briefdeck ${argv.join(' ')} did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const exit = await Promise.race([main(argv, io), timeout]);
    return { exit, stdout: out.join('\n'), stderr: err.join('\n'), ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

/** Every file and folder under `dir`, relative, with file sizes: what a failed command must leave as it was. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => {
      const stats = statSync(path.join(dir, entry));
      return stats.isDirectory() ? `${entry}/` : `${entry} ${stats.size}`;
    })
    .sort();
}

async function holdPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { port: address.port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Creates the case's symlinks, named pipes and large files; `{outside}` is a folder next to the project with a slide file in it. */
function prepare(project: string, setup: BadCase['setup']): void {
  const outside = `${project}-outside`;
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'secret.md'), '# Secret\n\nSECRET-OUTSIDE-THE-PROJECT\n');
  for (const [link, target] of Object.entries(setup?.symlinks ?? {})) {
    mkdirSync(path.dirname(path.join(project, link)), { recursive: true });
    symlinkSync(target.replace('{outside}', outside), path.join(project, link));
  }
  for (const fifo of setup?.fifos ?? []) {
    mkdirSync(path.dirname(path.join(project, fifo)), { recursive: true });
    execFileSync('mkfifo', [path.join(project, fifo)]);
  }
  for (const [file, bytes] of Object.entries(setup?.sizedFiles ?? {})) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), '');
    truncateSync(path.join(project, file), bytes);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How long a case with a named pipe may run: refusing the pipe takes no time, so a slower run is one waiting on it. */
const PIPE_CASE_TIMEOUT_MS = 20_000;

const cases = readdirSync(BAD).filter((name) => statSync(path.join(BAD, name, 'case.json'), { throwIfNoEntry: false })?.isFile());
const root = tempDir('bad-input');

describe('bad input', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of cases) {
    const spec = JSON.parse(readFileSync(path.join(BAD, name, 'case.json'), 'utf8')) as BadCase;

    it(`${name}: ${spec.why}`, async () => {
      const project = path.join(root, name);
      cpSync(path.join(BAD, name), project, { recursive: true });
      prepare(project, spec.setup);
      const before = tree(project);
      for (const [key, value] of Object.entries(spec.env ?? {})) vi.stubEnv(key, value);
      const busy = spec.args?.includes('{busy-port}') ? await holdPort() : undefined;
      const args = (spec.args ?? (spec.command === 'build' ? ['--out', 'dist'] : [])).map((a) => (a === '{busy-port}' ? String(busy!.port) : a));
      let run: CliRun;
      try {
        // A pipe is refused at once: a run still going after a few seconds is waiting on one (each such wait holds a thread).
        run = await runCli([spec.command, ...(spec.leading ?? []), 'slides', ...args], project, spec.setup?.fifos ? PIPE_CASE_TIMEOUT_MS : undefined);
      } finally {
        await busy?.release();
      }

      expect(run.exit, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      const { location, says, hint } = spec.expect;
      if (location !== undefined) {
        const errors = run.stderr.split('\n').filter((line) => / error: /.test(line));
        expect(errors, run.stderr).toHaveLength(1);
        const withLine = /:\d+$/.test(location);
        expect(errors[0]).toMatch(new RegExp(`(^|/)${escapeRegExp(location)}${withLine ? '(:\\d+)?' : ''} error: `));
        expect(errors[0]).toContain(says);
        const lines = run.stderr.split('\n');
        const hintLine = lines.slice(lines.indexOf(errors[0]!) + 1).find((line) => line.startsWith('  → '));
        expect(hintLine, run.stderr).toContain(hint);
      } else {
        const messages = run.stderr.split('\n').filter((line) => line.startsWith(`briefdeck ${spec.command}:`));
        expect(messages, run.stderr).toHaveLength(1);
        expect(messages[0]).toContain(says);
        expect(run.stderr).toContain(hint);
      }
      expect(tree(project)).toEqual(before);
    });
  }
});

describe('large input', () => {
  const bullets = (n: number): string =>
    `- point one of slide ${n} [@p1]\n- point *two* with \`code\`${n % 10 === 0 ? ' and <span class="raw">html</span>' : ''}\n\nNote: notes for ${n}`;

  it('builds a 5,000-slide deck in reasonable time', async () => {
    const project = path.join(root, 'many-slides');
    mkdirSync(path.join(project, 'slides'), { recursive: true });
    const slides = Array.from({ length: 5000 }, (_, i) => `## Slide ${i + 1}\n\n${bullets(i + 1)}`);
    writeFileSync(path.join(project, 'slides', 'deck.md'), `---\ntitle: Many slides\n---\n\n${slides.join('\n\n---\n\n')}\n`);
    const run = await runCli(['build', 'slides', '--out', 'dist'], project, 80_000);
    expect(run.exit, run.stderr).toBe(0);
    // The page carries the near slides; the rest are in the file it loads after the first paint.
    const html = readFileSync(path.join(project, 'dist', 'index.html'), 'utf8');
    const deferred = /"deferred":"([^"]+)"/.exec(html)?.[1];
    expect(deferred).toBeDefined();
    const far = readFileSync(path.join(project, 'dist', deferred!), 'utf8');
    expect(`${html}${far}`.match(/<section id="slide-\d+"/g)).toHaveLength(5000);
    expect(run.ms).toBeLessThan(60_000);
  }, 90_000);

  it('checks a deck with a 1 MB slide', async () => {
    const project = path.join(root, 'big-slide');
    mkdirSync(path.join(project, 'slides'), { recursive: true });
    const rows = Array.from({ length: 16_000 }, (_, i) => `- item ${i} ${'lorem ipsum '.repeat(5)}`);
    const text = `# One big slide\n\n${rows.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    writeFileSync(path.join(project, 'slides', 'deck.md'), text);
    const run = await runCli(['check', 'slides'], project);
    expect(run.exit, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 slide, 0 briefings: 0 errors');
    expect(run.ms).toBeLessThan(30_000);
  });
});

describe('inputs that are not regular files', () => {
  it('generate refuses /dev/zero at once instead of reading without end', async () => {
    const project = path.join(root, 'generate-device');
    mkdirSync(project, { recursive: true });
    const run = await runCli(['generate', '/dev/zero', '--out', 'deck'], project, 20_000);
    expect(run.exit).toBe(1);
    expect(run.stderr).toBe('briefdeck generate: cannot read /dev/zero: it is a device, not a regular file; name a regular article file (.txt, .html or .md)');
    expect(readdirSync(project)).toEqual([]);
  });
});
