// Option tables: argv read by node:util's parseArgs, values validated, the help listing printed from the same table.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/main.js';
import { labelWidth, optionsHelp, parseCommandLine, type OptionTable } from '../../src/cli/option-table.js';
import { briefingName, oneOf, positiveNumber, slideRange, tcpPort } from '../../src/cli/option-validators.js';

const TABLE = {
  out: { type: 'string', value: 'DIR', help: 'where to write\nthe second line' },
  port: { type: 'string', value: 'N', parse: tcpPort, help: 'port' },
  force: { type: 'boolean', help: 'overwrite' },
} satisfies OptionTable;

describe('parseCommandLine', () => {
  it('reads --flag value, --flag=value, booleans, positionals and -- before flag-like positionals', () => {
    expect(parseCommandLine(['deck', '--out', 'x', '--force'], TABLE)).toEqual({ options: { out: 'x', force: true }, positionals: ['deck'] });
    expect(parseCommandLine(['--out=y', '--', '--force'], TABLE)).toEqual({ options: { out: 'y' }, positionals: ['--force'] });
  });

  it('gives a validated option its value, typed', () => {
    const { options } = parseCommandLine(['--port', '8080'], TABLE);
    expect(options.port).toBe(8080);
  });

  it('refuses an unknown option, a missing value and a value on a boolean, naming the flag', () => {
    expect(() => parseCommandLine(['--colour'], TABLE)).toThrow(new UsageError('unknown option --colour'));
    expect(() => parseCommandLine(['-x'], TABLE)).toThrow('unknown option -x');
    expect(() => parseCommandLine(['--out'], TABLE)).toThrow(UsageError);
    expect(() => parseCommandLine(['--out'], TABLE)).toThrow('--out needs a value');
    expect(() => parseCommandLine(['--out', '--force'], TABLE)).toThrow('--out needs a value');
    expect(() => parseCommandLine(['--force=yes'], TABLE)).toThrow('--force takes no value');
    expect(() => parseCommandLine(['--port', '65536'], TABLE)).toThrow('--port needs a whole number from 1 to 65535, not "65536"');
  });

  it('takes nothing from the object prototype for an option name', () => {
    expect(() => parseCommandLine(['--constructor'], TABLE)).toThrow('unknown option --constructor');
    expect(() => parseCommandLine(['--toString=x'], TABLE)).toThrow('unknown option --toString');
  });
});

describe('optionsHelp', () => {
  it('lists each option with its value, in one column, continuation lines under the first, then --help', () => {
    expect(optionsHelp(TABLE).split('\n')).toEqual([
      '  --out DIR  where to write',
      '             the second line',
      '  --port N   port',
      '  --force    overwrite',
      '  --help     show this help',
    ]);
    expect(optionsHelp(TABLE, { withHelp: false, width: labelWidth(TABLE, { 'single-file': { type: 'boolean', help: '' } }) }).split('\n')[0]).toBe('  --out DIR      where to write');
  });

  it('ends the option listing of every command with --help', async () => {
    for (const entry of COMMANDS.filter((c) => c.name !== 'check')) {
      const command = await entry.load();
      expect(command.help, entry.name).toMatch(/^ {2}--help +show this help$/m);
    }
  });
});

describe('validators', () => {
  it('takes a port from 1 to 65535 written as digits', () => {
    expect(tcpPort('1', '--port')).toBe(1);
    expect(tcpPort('65535', '--port')).toBe(65535);
    for (const bad of ['0', '-1', '65536', '80.5', '8e1', ' 80', '', '0x50']) expect(() => tcpPort(bad, '--port'), bad).toThrow(UsageError);
  });

  it('takes one of a list, worded by default or as the command words it', () => {
    const sizes = oneOf(['16:9', '4:3'] as const);
    expect(sizes('4:3', '--size')).toBe('4:3');
    expect(() => sizes('a4', '--size')).toThrow('--size must be one of 16:9, 4:3, not "a4"');
    expect(() => oneOf(['1', '2'], 'must be 1 or 2')('3', '--scale')).toThrow('--scale must be 1 or 2, not "3"');
  });

  it('checks a slide range’s syntax and says what is wrong', () => {
    expect(slideRange('1,3-5', '--range')).toBe('1,3-5');
    expect(() => slideRange('5-3', '--range')).toThrow('--range: "5-3" runs backwards');
    expect(() => slideRange('', '--range')).toThrow(/^--range: the range is empty/);
  });

  it('takes a positive number, and a briefing’s file name', () => {
    expect(positiveNumber('2.5', '--minutes')).toBe(2.5);
    for (const bad of ['0', '-3', 'soon', '', 'Infinity']) expect(() => positiveNumber(bad, '--minutes'), bad).toThrow('--minutes takes a positive number');
    expect(briefingName('principal-5', '--briefing')).toBe('principal-5');
    for (const bad of ['../x', 'Principal', '-x', 'a/b']) expect(() => briefingName(bad, '--briefing'), bad).toThrow("--briefing takes a briefing's name");
  });
});
