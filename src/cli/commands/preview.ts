// `briefdeck preview [DIR] [--out DIR]`: serves a built deck as a static site, as it will be hosted; with DIR, built first unless up to date.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { UsageError, type CliIO, type Command } from '../command.js';
import { resolveDeck } from '../deck-dir.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { tcpPort } from '../option-validators.js';
import { exitCleanlyOnInterrupt } from '../../io/interrupt.js';
import { buildDeck } from '../../site/build-deck.js';
import { upToDateBuild } from '../../site/build-stamp.js';
import { defaultOutDir, loadProject, viteConfigFor } from '../../site/vite-config.js';

const OPTIONS = {
  out: { type: 'string', value: 'DIR', help: 'the built folder (default: build.outDir of ./vite.config.ts, else ./dist)' },
  port: { type: 'string', value: 'N', parse: tcpPort, help: 'port (default: preview.port of ./vite.config.ts, else 4173)' },
  host: { type: 'string', value: 'ADDRESS', help: 'listen address (default: preview.host of ./vite.config.ts, else localhost only)' },
  force: { type: 'boolean', help: 'with DIR: build into an output folder that holds files briefdeck did not write' },
} satisfies OptionTable;

export const previewCommand: Command = {
  name: 'preview',
  help: `Usage: briefdeck preview [DIR] [--out DIR] [--port N] [--host ADDRESS]

Serves a deck built with \`briefdeck build\`, as a static server would host it.
Without DIR: the built folder as it is (run \`briefdeck build\` first).
With DIR (a deck folder or one .md file): builds it into the built folder first, as
\`briefdeck build DIR\` does, unless that folder already holds a build of it as it is now.

Options:
${optionsHelp(OPTIONS)}`,
  async run(args, io) {
    const server = await startPreview(args, io);
    server.printUrls();
    await new Promise<void>((resolve) => server.httpServer.once('close', () => resolve()));
    return 0;
  },
};

/** Reads the flags, builds DIR when one is named and its build is not up to date, and starts the static server. */
export async function startPreview(args: readonly string[], io: CliIO): Promise<PreviewServer> {
  const { options: flags, positionals } = parseCommandLine(args, OPTIONS);
  if (flags.force && positionals.length === 0) throw new UsageError('--force applies when preview builds a deck: name it, e.g. `briefdeck preview slides --force`');
  const project = await loadProject(io.cwd, 'serve');
  const outDir = flags.out ? path.resolve(io.cwd, flags.out) : defaultOutDir(project);
  const shownOut = `${path.relative(io.cwd, outDir) || outDir}/`;
  if (positionals.length > 0) {
    const deckDir = resolveDeck(positionals, io.cwd).path;
    const shownDeck = path.relative(io.cwd, deckDir) || '.';
    if (await upToDateBuild(project, deckDir, io.cwd, outDir)) {
      io.out(`${shownOut} is a build of ${shownDeck} as it is now`);
    } else {
      const started = performance.now();
      await exitCleanlyOnInterrupt('preview', io.err, () => buildDeck({ cwd: io.cwd, outDir, project, deckDir, ...(flags.force ? { force: true } : {}) }));
      io.out(`Built ${shownOut} from ${shownDeck} in ${Math.round(performance.now() - started)} ms`);
    }
  } else if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new UsageError(`${shownOut} holds no built deck; run \`briefdeck build\` first, or name the deck: \`briefdeck preview DIR\``);
  }
  const config = await viteConfigFor({ command: 'serve', cwd: io.cwd, project, outDir });
  return preview({
    ...config,
    preview: { ...config.preview, ...(flags.port !== undefined ? { port: flags.port } : {}), ...(flags.host ? { host: flags.host } : {}) },
  });
}
