// Ctrl-C during `briefdeck export`: one line, exit 130, and the temporary build is gone (the real command, in a child process).

import { spawn } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';

describe('export interrupted', () => {
  it('says so in one line, exits 130 and leaves no temporary build', { timeout: 120_000 }, async () => {
    const tmp = tempDir('interrupt-tmp');
    const out = path.join(tempDir('interrupt-out'), 'deck.pdf');
    // A deck no export has kept a build of, so this one builds.
    const deck = path.join(tempDir('interrupt-deck'), 'basic');
    cpSync(path.join(FIXTURE_DECKS, 'basic'), deck, { recursive: true });
    const child = spawn(process.execPath, [path.join(KIT_ROOT, 'bin/briefdeck.js'), 'export', 'pdf', deck, '--out', out], {
      cwd: KIT_ROOT,
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (!sent && stderr.includes('building')) {
        sent = true;
        setTimeout(() => child.kill('SIGINT'), 300);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(sent, stderr).toBe(true);
    expect(code).toBe(130);
    expect(stderr.trim().split('\n').filter((line) => !line.startsWith('building '))).toEqual(['briefdeck export: interrupted (Ctrl-C); nothing was written']);
    expect(readdirSync(tmp).filter((name) => name.startsWith('briefdeck-'))).toEqual([]);
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });
});
