// The `briefdeck` command line: picks the command, prints usage and errors without stack traces.

import { formatDiagnostic } from '../model/diagnostic.js';
import { DeckBuildError } from '../vite/error-payload.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { devCommand } from './commands/dev.js';
import { previewCommand } from './commands/preview.js';
import { remixCommand } from './commands/remix.js';
import { generateCommand } from './commands/generate.js';

export const COMMANDS: readonly Command[] = [devCommand, buildCommand, previewCommand, checkCommand, generateCommand, remixCommand];

export function usage(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: briefdeck <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`briefdeck <command> --help\` for a command's options.`;
}

export async function main(argv: readonly string[], io: CliIO, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(commands));
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`briefdeck: unknown command "${name}"\n\n${usage(commands)}`);
    return 1;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportFailure(error, command, io);
  }
}

function reportFailure(error: unknown, command: Command, io: CliIO): number {
  const deckError = findDeckBuildError(error);
  if (deckError) {
    for (const d of deckError.diagnostics) io.err(formatDiagnostic(d));
    const errors = deckError.diagnostics.filter((d) => d.severity === 'error').length;
    io.err(`briefdeck ${command.name}: ${errors} error${errors === 1 ? '' : 's'} in the deck; nothing was written`);
    return 1;
  }
  if (error instanceof UsageError) {
    io.err(`briefdeck ${command.name}: ${error.message}\nRun \`briefdeck ${command.name} --help\` for usage.`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`briefdeck ${command.name}: ${message}`);
  if (io.env.BRIEFDECK_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  return 1;
}

/** Vite and its bundler may wrap plugin errors; look through `cause` and `errors` for ours. */
function findDeckBuildError(error: unknown, depth = 0): DeckBuildError | undefined {
  if (error instanceof DeckBuildError) return error;
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const candidates = [(error as { cause?: unknown }).cause, ...((error as { errors?: unknown[] }).errors ?? [])];
  for (const candidate of candidates) {
    const found = findDeckBuildError(candidate, depth + 1);
    if (found) return found;
  }
  return undefined;
}
