// The `briefdeck` command line: picks the command, prints usage and errors without stack traces.

import { formatDiagnostic } from '../model/diagnostic.js';
import { findDeckBuildError } from '../vite/error-payload.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { ConfigFileError } from '../site/config-file.js';
import { OutputWriteError } from '../io/fs-errors.js';
import { browserGoneMessage } from '../browser/chromium.js';
import { pluginFailure } from '../site/plugin-failure.js';

/** A command as the dispatcher knows it: its module (and so Vite, Chromium, pdf-lib…) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'new', summary: 'start a deck in a new folder: a title slide, a sample section, a briefing (or a draft --from an article)', load: async () => (await import('./commands/new.js')).newCommand },
  { name: 'dev', summary: 'present the deck with a dev server that updates as you edit', load: async () => (await import('./commands/dev.js')).devCommand },
  { name: 'build', summary: 'build the deck into a static folder that presents offline', load: async () => (await import('./commands/build.js')).buildCommand },
  { name: 'preview', summary: 'serve the built deck (dist/) locally; with DIR, build that deck there first unless up to date', load: async () => (await import('./commands/preview.js')).previewCommand },
  { name: 'check', summary: 'report problems in a deck (syntax, ids, briefings, sources, diagrams, headings); exit 1 on errors', load: async () => (await import('./commands/check.js')).checkCommand },
  { name: 'export', summary: 'export the deck as a PDF (slides, fragments, notes, handouts), PNG images or editable PowerPoint', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'generate', summary: 'draft a deck from an article (txt, html or md) with cited bullets, timeline and diagrams', load: async () => (await import('./commands/generate.js')).generateCommand },
  { name: 'remix', summary: 'write a briefing manifest from selectors (ids, sections, tags, ranges)', load: async () => (await import('./commands/remix.js')).remixCommand },
];

/** Wraps a loaded command as an entry (tests pass their own commands). */
export function entryFor(command: Command, summary: string): CommandEntry {
  return { name: command.name, summary, load: () => Promise.resolve(command) };
}

export function usage(commands: readonly CommandEntry[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: briefdeck <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`briefdeck <command> --help\` for a command's options.`;
}

export async function main(argv: readonly string[], io: CliIO, commands: readonly CommandEntry[] = COMMANDS): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(commands));
    return name === undefined ? 1 : 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`briefdeck: unknown command "${name}"\n\n${usage(commands)}`);
    return 1;
  }
  const command = await entry.load();
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
  if (error instanceof ConfigFileError) {
    io.err(error.message);
    if (io.env.BRIEFDECK_DEBUG && error.cause instanceof Error && error.cause.stack) io.err(error.cause.stack);
    return 1;
  }
  if (error instanceof UsageError) {
    io.err(`briefdeck ${command.name}: ${error.message}; run \`briefdeck ${command.name} --help\` for usage`);
    return 1;
  }
  const pluginError = pluginFailure(error, io.cwd);
  if (pluginError) {
    io.err(formatDiagnostic(pluginError));
    if (io.env.BRIEFDECK_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
  const message = error instanceof OutputWriteError ? error.describe(io.cwd) : (browserGoneMessage(error) ?? withoutCallLog(error instanceof Error ? error.message : String(error)));
  io.err(`briefdeck ${command.name}: ${message}`);
  if (io.env.BRIEFDECK_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  return 1;
}

/** Playwright appends a call log (and browser logs) to its messages: the first part says what happened. */
export function withoutCallLog(message: string): string {
  return message.split(/\n\s*(?:Call log:|=+ [\w ]*logs? =+)/)[0]!.trim();
}
