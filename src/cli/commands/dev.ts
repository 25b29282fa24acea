// `briefdeck dev [DIR]`: the dev server with hot updates.

import { createServer } from 'vite';
import type { Command } from '../command.js';
import { DECK_HELP } from '../deck-help.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { tcpPort } from '../option-validators.js';
import { loadProject, viteConfigFor } from '../../site/vite-config.js';
import { projectDeck } from '../deck-dir.js';

const OPTIONS = {
  port: { type: 'string', value: 'N', parse: tcpPort, help: 'port (default: server.port of ./vite.config.ts, else 5173, or the next free one\nwhen taken; a port given here must be free)' },
  host: { type: 'string', value: 'ADDRESS', help: 'listen address (default: server.host of ./vite.config.ts, else localhost only)' },
  open: { type: 'boolean', help: 'open the deck in the default browser' },
} satisfies OptionTable;

export const devCommand: Command = {
  name: 'dev',
  help: `Usage: briefdeck dev [DIR] [--port N] [--host ADDRESS] [--open]

Serves a deck with hot updates: saving a slide updates the open deck and keeps the current
slide; a mistake shows an overlay naming file and line. Files in public/ are served at /.
${DECK_HELP}

Options:
${optionsHelp(OPTIONS)}`,
  async run(args, io) {
    const { options: flags, positionals } = parseCommandLine(args, OPTIONS);
    const { port } = flags;
    const project = await loadProject(io.cwd, 'serve');
    const deck = projectDeck(project, positionals, io.cwd);
    if (deck.note) io.out(`note: ${deck.note}`);
    const config = await viteConfigFor({ command: 'serve', cwd: io.cwd, project, deckDir: deck.path });
    const server = await createServer({
      ...config,
      server: {
        ...config.server,
        // A port asked for by name is that port or nothing: silently moving on would point the presenter at a stale tab.
        ...(port !== undefined ? { port, strictPort: true } : {}),
        ...(flags.host ? { host: flags.host } : {}),
        ...(flags.open ? { open: true } : {}),
      },
    });
    try {
      await server.listen();
    } catch (error) {
      await server.close();
      if (!isPortInUse(error)) throw error;
      throw new Error(`port ${port ?? config.server?.port ?? 5173} is already in use by another program; stop that program, or choose another port with --port N`, { cause: error });
    }
    server.printUrls();
    server.bindCLIShortcuts({ print: true });
    await new Promise<void>((resolve) => server.httpServer?.once('close', () => resolve()));
    return 0;
  },
};

function isPortInUse(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  return ('code' in error && error.code === 'EADDRINUSE') || (error instanceof Error && /already in use/i.test(error.message));
}
