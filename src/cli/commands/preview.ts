// `briefdeck preview [--out DIR]`: serves a built deck as a static site, as it will be hosted.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import { UsageError, type Command } from '../command.js';
import { parseArgs } from '../flags.js';
import { defaultOutDir, loadProject, viteConfigFor } from '../../site/vite-config.js';

const FLAGS = { out: 'string', port: 'string', host: 'string' } as const;

export const previewCommand: Command = {
  name: 'preview',
  help: `Usage: briefdeck preview [--out DIR] [--port N] [--host ADDRESS]

Serves a deck built with \`briefdeck build\`.

Options:
  --out DIR        the built folder (default: build.outDir of ./vite.config.ts, else ./dist)
  --port N         port (default: preview.port of ./vite.config.ts, else 4173)
  --host ADDRESS   listen address (default: preview.host of ./vite.config.ts, else localhost only)
  --help           show this help`,
  async run(args, io) {
    const { flags } = parseArgs(args, FLAGS);
    const project = await loadProject(io.cwd, 'serve');
    const outDir = flags.out ? path.resolve(io.cwd, flags.out) : defaultOutDir(project);
    if (!existsSync(path.join(outDir, 'index.html'))) {
      throw new UsageError(`${path.relative(io.cwd, outDir) || outDir}/ holds no built deck; run \`briefdeck build\` first`);
    }
    const config = await viteConfigFor({ command: 'serve', cwd: io.cwd, project, outDir });
    const server = await preview({
      ...config,
      preview: { ...config.preview, ...(flags.port ? { port: Number(flags.port) } : {}), ...(flags.host ? { host: flags.host } : {}) },
    });
    server.printUrls();
    await new Promise<void>((resolve) => server.httpServer.once('close', () => resolve()));
    return 0;
  },
};
