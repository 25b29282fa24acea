// A browser that never starts: `briefdeck export` fails in the launch timeout with one line, and the prompt comes back at once
// (the real command, in a child process; nothing of the browser outlives it).

import { spawn } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { goneWithin } from '../helpers/cli-process.js';

describe('export with a browser that hangs at launch', () => {
  it('says so in one line, exits 1 as soon as it has, and leaves no browser running', { timeout: 120_000 }, async () => {
    const scratch = tempDir('hanging-browser');
    const tmp = tempDir('hanging-browser-tmp');
    const pidFile = path.join(scratch, 'browser.pid');
    const fake = path.join(scratch, 'chromium');
    writeFileSync(fake, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 120\n`);
    chmodSync(fake, 0o755);
    const out = path.join(scratch, 'deck.pdf');
    const child = spawn(process.execPath, [path.join(KIT_ROOT, 'bin/briefdeck.js'), 'export', 'pdf', path.join(FIXTURE_DECKS, 'basic'), '--out', out], {
      cwd: KIT_ROOT,
      env: { ...process.env, CHROME_PATH: fake, BRIEFDECK_BROWSER_TIMEOUT: '2', TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let reportedAt: number | undefined;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (reportedAt === undefined && stderr.includes('could not be started')) reportedAt = performance.now();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    const exitedAt = performance.now();
    expect(code, stderr).toBe(1);
    const lines = stderr.trim().split('\n').filter((line) => !line.startsWith('building ') && !line.startsWith('using '));
    expect(lines).toEqual([`briefdeck export: the browser ${fake} could not be started: it did not start within 2 s; check that it is Chromium or Chrome and runs on this machine, or point CHROME_PATH at one that does`]);
    // Playwright would wait 30 s more to close the browser gracefully before it gives the prompt back.
    expect(exitedAt - reportedAt!).toBeLessThan(10_000);
    expect(await goneWithin(Number(readFileSync(pidFile, 'utf8')), 3000)).toBe(true);
    expect(readdirSync(scratch).sort()).toEqual(['browser.pid', 'chromium']);
    expect(readdirSync(tmp).filter((name) => name.startsWith('briefdeck-') || name.startsWith('playwright'))).toEqual([]);
  });
});
