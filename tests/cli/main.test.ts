// The command line: dispatch, help, usage errors and failures reported without stack traces.

import { describe, expect, it } from 'vitest';
import { UsageError, type CliIO, type Command } from '../../src/cli/command.js';
import { parseArgs } from '../../src/cli/flags.js';
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

  it('prints a failure as one line without a stack trace', async () => {
    const io = captureIO();
    expect(await main(['boom'], io, [entryFor(failing, 'fails')])).toBe(1);
    expect(io.stderr).toEqual(['briefdeck boom: the disk is full']);
  });

  it('leaves out the browser driver’s call log (a closed browser, Ctrl-C)', async () => {
    const io = captureIO();
    const closed: Command = { name: 'export', help: '', run: () => Promise.reject(new Error('page.pdf: Target page, context or browser has been closed\nCall log:\n  - waiting for page\n\n  - closing')) };
    expect(await main(['export'], io, [entryFor(closed, 'closes')])).toBe(1);
    expect(io.stderr).toEqual(['briefdeck export: page.pdf: Target page, context or browser has been closed']);
  });
});

describe('parseArgs', () => {
  const spec = { out: 'string', force: 'boolean' } as const;

  it('reads --flag value, --flag=value, booleans and positionals', () => {
    expect(parseArgs(['deck', '--out', 'x', '--force'], spec)).toEqual({ flags: { out: 'x', force: true }, positionals: ['deck'], help: false });
    expect(parseArgs(['--out=y'], spec).flags.out).toBe('y');
  });

  it('refuses a missing value and a value on a boolean', () => {
    expect(() => parseArgs(['--out'], spec)).toThrow(UsageError);
    expect(() => parseArgs(['--out', '--force'], spec)).toThrow('--out needs a value');
    expect(() => parseArgs(['--force=yes'], spec)).toThrow('--force takes no value');
  });
});
