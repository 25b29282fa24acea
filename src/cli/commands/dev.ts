// `briefdeck dev [DIR]`: the dev server with hot updates.

import { createServer } from 'vite';
import type { Command } from '../command.js';
import { deckDirFrom } from '../deck-dir.js';
import { parseArgs } from '../flags.js';
import { viteConfigFor } from '../vite-config.js';

const FLAGS = { port: 'string', host: 'string', open: 'boolean' } as const;

export const devCommand: Command = {
  name: 'dev',
  summary: 'present the deck with a dev server that updates as you edit',
  help: `Usage: briefdeck dev [DIR] [--port N] [--host ADDRESS] [--open]

Serves the deck in DIR (default: slides/) with hot updates: saving a slide updates the open
deck and keeps the current slide; a mistake shows an overlay naming file and line.

Options:
  --port N         port (default: 5173, the next free one when taken)
  --host ADDRESS   listen address (default: localhost only)
  --open           open the deck in the default browser
  --help           show this help`,
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, FLAGS);
    const deckDir = deckDirFrom(positionals, io.cwd);
    const config = await viteConfigFor({ command: 'serve', cwd: io.cwd, ...(deckDir ? { deckDir } : {}) });
    const server = await createServer({
      ...config,
      server: {
        ...config.server,
        ...(flags.port ? { port: Number(flags.port) } : {}),
        ...(flags.host ? { host: flags.host } : {}),
        ...(flags.open ? { open: true } : {}),
      },
    });
    await server.listen();
    server.printUrls();
    server.bindCLIShortcuts({ print: true });
    await new Promise<void>((resolve) => server.httpServer?.once('close', () => resolve()));
    return 0;
  },
};
