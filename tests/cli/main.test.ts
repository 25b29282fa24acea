// The command line: dispatch, help, usage errors and failures reported without stack traces.

import { describe, expect, it } from 'vitest';
import type { CliIO, Command } from '../../src/cli/command.js';
import { COMMANDS, entryFor, main } from '../../src/cli/main.js';

function captureIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd: process.cwd(), env: {}, out: (l) => stdout.push(l), err: (l) => stderr.push(l), stdout, stderr };
}

const failing: Command = {
  name: 'boom',
  help: 'Usage: briefdeck boom',
  run: () => Promise.reject(new Error('the disk is full')),
};

describe('briefdeck main', () => {
  it('lists every command in the usage text', async () => {
    const io = captureIO();
    expect(await main(['--help'], io)).toBe(0);
    for (const command of COMMANDS) expect(io.stdout.join('\n')).toContain(command.name);
  });

  it('gives every command a --help text that starts with its usage', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      const io = captureIO();
      expect(await main([command.name, '--help'], io)).toBe(0);
      expect(io.stdout.join('\n')).toMatch(new RegExp(`^Usage: briefdeck ${command.name}`));
    }
  });

  it('rejects an unknown command with exit 1 and the usage', async () => {
    const io = captureIO();
    expect(await main(['present'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('unknown command "present"');
  });

  it('reports an unknown option as a usage error', async () => {
    const io = captureIO();
    expect(await main(['build', '--colour'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('unknown option --colour');
  });

  it('says a usage error in one line that names the option and the command\'s help', async () => {
    for (const argv of [['build', '--colour'], ['check', '-x'], ['dev', '--port', '99999'], ['preview', '--port', 'web'], ['remix', '--minutes', '0']]) {
      const io = captureIO();
      expect(await main(argv, io), argv.join(' ')).toBe(1);
      expect(io.stderr, argv.join(' ')).toHaveLength(1);
      expect(io.stderr[0]).not.toContain('\n');
      expect(io.stderr[0]).toContain(argv[1]);
      expect(io.stderr[0]).toContain(`briefdeck ${argv[0]} --help`);
    }
  });

  it('prints a failure as one line without a stack trace', async () => {
    const io = captureIO();
    expect(await main(['boom'], io, [entryFor(failing, 'fails')])).toBe(1);
    expect(io.stderr).toEqual(['briefdeck boom: the disk is full']);
  });

  it('says what to do, without the browser driver’s call log, when the browser closed under the command', async () => {
    const io = captureIO();
    const closed: Command = { name: 'export', help: '', run: () => Promise.reject(new Error('page.pdf: Target page, context or browser has been closed\nCall log:\n  - waiting for page\n\n  - closing')) };
    expect(await main(['export'], io, [entryFor(closed, 'closes')])).toBe(1);
    expect(io.stderr).toEqual(['briefdeck export: the browser stopped while working (it crashed, ran out of memory or was killed); nothing was written: run the command again, and if it keeps stopping, close other programs or point CHROME_PATH at another Chromium']);
  });
});
