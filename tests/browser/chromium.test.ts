// Finding and launching a system Chromium: CHROME_PATH, known paths, PATH, the not-found message, a fresh profile.

import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserGoneMessage,
  ChromiumLaunchError,
  ChromiumNotFoundError,
  findChromium,
  launchChromium,
  requireChromium,
} from '../../src/browser/chromium.js';

let scratch: string;
let executable: string;
let notExecutable: string;
let pathDir: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'briefdeck-chromium-'));
  executable = join(scratch, 'fake-chrome');
  notExecutable = join(scratch, 'plain-file');
  pathDir = join(scratch, 'bin');
  await writeFile(executable, '#!/bin/sh\nexit 0\n');
  await chmod(executable, 0o755);
  await writeFile(notExecutable, 'not a program');
  await chmod(notExecutable, 0o644);
  await mkdir(pathDir);
  await writeFile(join(pathDir, 'chromium-browser'), '#!/bin/sh\nexit 0\n');
  await chmod(join(pathDir, 'chromium-browser'), 0o755);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('findChromium', () => {
  it('returns undefined when CHROME_PATH names a missing file and there is no PATH', () => {
    expect(findChromium({ CHROME_PATH: join(scratch, 'missing-chrome') })).toBeUndefined();
  });

  it('treats CHROME_PATH as authoritative: a wrong value is not replaced by another browser', () => {
    const env = { CHROME_PATH: join(scratch, 'missing-chrome'), PATH: pathDir };
    expect(findChromium(env, { knownPaths: [executable] })).toBeUndefined();
  });

  it('returns CHROME_PATH when it is an executable file', () => {
    expect(findChromium({ CHROME_PATH: executable }, { knownPaths: [] })).toBe(executable);
  });

  it('ignores a blank CHROME_PATH', () => {
    expect(findChromium({ CHROME_PATH: '  ' }, { knownPaths: [executable] })).toBe(executable);
  });

  it('skips known paths that are missing, folders or not executable', () => {
    const knownPaths = [join(scratch, 'missing'), pathDir, notExecutable, executable];
    expect(findChromium({}, { knownPaths })).toBe(executable);
  });

  it('falls back to the command names on PATH', () => {
    const env = { PATH: [join(scratch, 'nowhere'), pathDir].join(':') };
    expect(findChromium(env, { knownPaths: [] })).toBe(join(pathDir, 'chromium-browser'));
  });

  it('returns undefined with no CHROME_PATH, no known path and no PATH', () => {
    expect(findChromium({}, { knownPaths: [join(scratch, 'missing')] })).toBeUndefined();
  });

  it('finds the system Chromium this project is tested with', () => {
    expect(findChromium()).toMatch(/chrom/i);
  });
});

describe('requireChromium', () => {
  it('names CHROME_PATH and its bad value, and says how to install', () => {
    const missing = join(scratch, 'missing-chrome');
    expect(() => requireChromium({ CHROME_PATH: missing })).toThrow(ChromiumNotFoundError);
    try {
      requireChromium({ CHROME_PATH: missing });
    } catch (error) {
      expect(error).toBeInstanceOf(ChromiumNotFoundError);
      const message = error instanceof Error ? error.message : '';
      expect(message).toContain(`CHROME_PATH is set to "${missing}"`);
      expect(message).toContain('apt-get install -y chromium-headless-shell');
      expect(message).toContain('CHROME_PATH=/path/to/chrome');
    }
  });

  it('explains where it looked when nothing is configured', () => {
    expect(() => requireChromium({}, { knownPaths: [] })).toThrow(/No Chromium.*CHROME_PATH=\/path\/to\/chrome/s);
  });

  it('returns the path when one is found', () => {
    expect(requireChromium({ CHROME_PATH: executable })).toBe(executable);
  });
});

describe('launchChromium', () => {
  it('launches headless with a fresh temporary profile that is removed on close', async () => {
    const browser = await launchChromium();
    let profileDir: string;
    try {
      const page = await browser.newPage();
      expect(await page.evaluate(() => navigator.userAgent)).toContain('HeadlessChrome');
      // The browser is a child of this process (Playwright starts it): its command line names its profile and our flags.
      const own = execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split('\n').filter((line) => line.includes('--user-data-dir='));
      expect(own).toHaveLength(1);
      expect(own[0]).toContain('--disable-quic');
      expect(own[0]).toContain('--font-render-hinting=none');
      profileDir = /--user-data-dir=(\S+)/.exec(own[0]!)![1]!;
      expect(profileDir.startsWith(join(tmpdir(), 'playwright_chromiumdev_profile-'))).toBe(true);
      expect(existsSync(profileDir)).toBe(true);
    } finally {
      await browser.close();
    }
    expect(existsSync(profileDir)).toBe(false);
  }, 30_000);

  it('refuses a --user-data-dir flag', async () => {
    await expect(launchChromium({ extraArgs: ['--user-data-dir=/tmp/shared'] })).rejects.toThrow(/fresh temporary profile/);
  });

  it('fails with the not-found message when CHROME_PATH is wrong', async () => {
    await expect(launchChromium({ env: { CHROME_PATH: join(scratch, 'missing-chrome') } })).rejects.toThrow(ChromiumNotFoundError);
  });
});

describe('launchChromium failures', () => {
  it('gives up on a browser that never starts after its timeout, in one line without the call log', async () => {
    const fake = join(scratch, 'hanging-chromium');
    await writeFile(fake, '#!/bin/sh\nsleep 30\n');
    await chmod(fake, 0o755);
    const started = performance.now();
    const failure = await launchChromium({ executablePath: fake, timeout: 1500 }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(ChromiumLaunchError);
    expect((failure as Error).message).toBe(`the browser ${fake} could not be started: it did not start within 2 s; check that it is Chromium or Chrome and runs on this machine, or point CHROME_PATH at one that does`);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('names a program that exits at once', async () => {
    const failure = await launchChromium({ executablePath: '/bin/true', timeout: 10_000 }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(ChromiumLaunchError);
    expect((failure as Error).message).toMatch(/^the browser \/bin\/true could not be started: [^\n]+$/);
  });

  it('says TMPDIR is too long when Chromium stops because its socket path in it would be', async () => {
    // What Chromium writes before it aborts when TMPDIR leaves no room for its socket's name (a Unix socket path is at most 107 bytes).
    const tmp = `/tmp/${'x'.repeat(80)}`;
    const fake = join(scratch, 'long-tmpdir-chromium');
    await writeFile(fake, `#!/bin/sh\necho '[1:1:1204/013434.766123:FATAL:chrome/browser/process_singleton_posix.cc:313] Socket path too long: ${tmp}/org.chromium.Chromium.AbCdEf/SingletonSocket' >&2\nkill -ABRT $$\n`);
    await chmod(fake, 0o755);
    const failure = await launchChromium({ executablePath: fake, timeout: 10_000 }).then(() => undefined, (error: unknown) => error);
    expect((failure as Error).message).toBe(`the browser ${fake} could not be started: the temporary folder ${tmp} (TMPDIR) is too long a path for its socket; set TMPDIR to a shorter folder, such as /tmp, and run the command again`);
  });
});

describe('a browser that goes away mid-command', () => {
  it('is one sentence with what to do, from what Playwright says when the browser is gone', async () => {
    const browser = await launchChromium();
    const page = await browser.newPage();
    await browser.close();
    const failures = await Promise.all([browser.newPage(), page.goto('about:blank')].map((attempt) => attempt.then(() => undefined, (error: unknown) => error)));
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(Error);
      expect(browserGoneMessage(failure)).toMatch(/^the browser stopped while working \(it crashed, ran out of memory or was killed\); nothing was written: run the command again/);
    }
    expect(browserGoneMessage(new Error('deck.md:3 error: unclosed fence'))).toBeUndefined();
    const launchFailure = await launchChromium({ executablePath: '/bin/true', timeout: 10_000 }).then(() => undefined, (error: unknown) => error);
    expect(browserGoneMessage(launchFailure)).toBeUndefined();
  });
});
