// `briefdeck preview [--out DIR]`: serves a built deck as a static site, as it will be hosted.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import { UsageError, type Command } from '../command.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { tcpPort } from '../option-validators.js';
import { defaultOutDir, loadProject, viteConfigFor } from '../../site/vite-config.js';

const OPTIONS = {
  out: { type: 'string', value: 'DIR', help: 'the built folder (default: build.outDir of ./vite.config.ts, else ./dist)' },
  port: { type: 'string', value: 'N', parse: tcpPort, help: 'port (default: preview.port of ./vite.config.ts, else 4173)' },
  host: { type: 'string', value: 'ADDRESS', help: 'listen address (default: preview.host of ./vite.config.ts, else localhost only)' },
} satisfies OptionTable;

export const previewCommand: Command = {
  name: 'preview',
  help: `Usage: briefdeck preview [--out DIR] [--port N] [--host ADDRESS]

Serves a deck built with \`briefdeck build\`.

Options:
${optionsHelp(OPTIONS)}`,
  async run(args, io) {
    const { options: flags } = parseCommandLine(args, OPTIONS);
    const project = await loadProject(io.cwd, 'serve');
    const outDir = flags.out ? path.resolve(io.cwd, flags.out) : defaultOutDir(project);
    if (!existsSync(path.join(outDir, 'index.html'))) {
      throw new UsageError(`${path.relative(io.cwd, outDir) || outDir}/ holds no built deck; run \`briefdeck build\` first`);
    }
    const config = await viteConfigFor({ command: 'serve', cwd: io.cwd, project, outDir });
    const server = await preview({
      ...config,
      preview: { ...config.preview, ...(flags.port !== undefined ? { port: flags.port } : {}), ...(flags.host ? { host: flags.host } : {}) },
    });
    server.printUrls();
    await new Promise<void>((resolve) => server.httpServer.once('close', () => resolve()));
    return 0;
  },
};
