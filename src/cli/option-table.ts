// A command's options as one table: node:util's parseArgs reads them, each value is validated, and the help lists them.

import { parseArgs } from 'node:util';
import { UsageError } from './command.js';

/** Turns the text given to a flag into its value, or throws a UsageError that names the flag. */
export type Validator<T> = (text: string, flag: string) => T;

export interface StringOption<T = string> {
  type: 'string';
  /** The value's placeholder in the help, e.g. `DIR`. */
  value: string;
  /** What the option does; `\n` starts a continuation line, indented under the first. */
  help: string;
  parse?: Validator<T>;
}

export interface BooleanOption {
  type: 'boolean';
  help: string;
}

export type OptionTable = Record<string, StringOption<unknown> | BooleanOption>;

export type OptionValues<T extends OptionTable> = {
  [K in keyof T]?: T[K] extends { parse: Validator<infer V> } ? V : T[K] extends { type: 'string' } ? string : boolean;
};

export interface CommandLine<T extends OptionTable> {
  options: OptionValues<T>;
  positionals: string[];
}

/** `--help` is read by the dispatcher before a command runs; every listing ends with it. */
const HELP_OPTION: BooleanOption = { type: 'boolean', help: 'show this help' };

/**
 * Splits argv by the table: `--flag value`, `--flag=value`, booleans, positionals, and `--` before positionals
 * that look like flags. An unknown option, a missing value, a value on a boolean or a value its validator
 * refuses is a UsageError naming the flag.
 */
export function parseCommandLine<T extends OptionTable>(args: readonly string[], table: T): CommandLine<T> {
  const nodeOptions = Object.fromEntries(Object.entries(table).map(([name, option]) => [name, { type: option.type }]));
  const { tokens } = parseArgs({ args: [...args], options: nodeOptions, strict: false, allowPositionals: true, tokens: true });
  const options: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(table, token.name) ? table[token.name] : undefined;
    if (!option) throw new UsageError(`unknown option ${token.rawName}`);
    const flag = `--${token.name}`;
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${flag} takes no value`);
      options[token.name] = true;
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
    options[token.name] = option.parse ? option.parse(token.value, flag) : token.value;
  }
  return { options: options as OptionValues<T>, positionals };
}

/** The width of the widest `--flag VALUE` of these tables, so listings printed one after another line up. */
export function labelWidth(...tables: OptionTable[]): number {
  return Math.max(...tables.flatMap((table) => Object.entries({ ...table, help: HELP_OPTION }).map(([name, option]) => label(name, option).length)));
}

/** The table as help lines, `--flag VALUE` then what it does; `withHelp` adds `--help` at the end. */
export function optionsHelp(table: OptionTable, { withHelp = true, width = labelWidth(table) }: { withHelp?: boolean; width?: number } = {}): string {
  const entries = Object.entries(withHelp ? { ...table, help: HELP_OPTION } : table);
  const indent = ' '.repeat(2 + width + 2);
  return entries
    .map(([name, option]) => {
      const [first, ...rest] = option.help.split('\n');
      return [`  ${label(name, option).padEnd(width)}  ${first}`, ...rest.map((line) => `${indent}${line}`)].join('\n');
    })
    .join('\n');
}

function label(name: string, option: StringOption<unknown> | BooleanOption): string {
  return option.type === 'string' ? `--${name} ${option.value}` : `--${name}`;
}
