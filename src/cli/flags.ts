// Parses `--flag value`, `--flag=value`, boolean flags and positionals against a declared spec.

import { UsageError } from './command.js';

export type FlagKind = 'string' | 'boolean';

export type FlagSpec = Record<string, FlagKind>;

export type ParsedFlags<S extends FlagSpec> = {
  [K in keyof S]?: S[K] extends 'boolean' ? boolean : string;
};

export interface ParsedArgs<S extends FlagSpec> {
  flags: ParsedFlags<S>;
  positionals: string[];
  help: boolean;
}

/** Parses argv for one command; unknown flags and missing values are usage errors. */
export function parseArgs<S extends FlagSpec>(args: readonly string[], spec: S): ParsedArgs<S> {
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option --${name}`);
    if (kind === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value`);
    }
    flags[name] = value;
  }
  return { flags: flags as ParsedFlags<S>, positionals, help };
}
