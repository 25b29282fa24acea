// The kit as a package: `npm pack`, installed offline into a fresh project, whose `npx briefdeck new|build|export` and own vite.config.ts work.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { tempDir } from '../helpers/build.js';
import { offlineLockfile } from '../helpers/offline-lock.js';

const run = promisify(execFile);

/** The environment without the npm_* variables `npm test` sets, which would point a nested npm at the kit. */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));

async function sh(cwd: string, command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(command, args, { cwd, env: cleanEnv, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${failed.stdout ?? ''}\n${failed.stderr ?? failed.message}`, { cause: error });
  }
}

const USER_CONFIG = `import { defineConfig } from 'vite';
import { briefdeck } from 'briefdeck/vite';

export default defineConfig({
  build: { outDir: 'site' },
  plugins: [briefdeck({ deck: 'deck' })],
});
`;

describe('the packed kit installed into a fresh project', () => {
  const work = tempDir('package');
  const project = path.join(work, 'project');
  let tarball: string;
  /** The project's installed command `name`, run as npx would run it, without npx starting npm first (half a second each). */
  const installedBin = (name: string): string => path.join(project, 'node_modules', '.bin', name);

  beforeAll(async () => {
    // `npm pack` runs `prepare`, which compiles the CLI, the plugin and its types into dist/.
    const packed = await sh(KIT_ROOT, 'npm', ['pack', '--pack-destination', work, '--silent']);
    tarball = path.join(work, packed.stdout.trim().split('\n').at(-1)!);
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'deck-project', private: true, type: 'module' }, null, 2)}\n`);
    writeFileSync(path.join(project, 'package-lock.json'), offlineLockfile(KIT_ROOT, 'deck-project'));
    await sh(project, 'npm', ['install', '--save-dev', tarball, '--offline', '--no-audit', '--no-fund']);
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ships the compiled CLI, the plugin with its types, and the sources the page is built from, not the tests', () => {
    const installed = path.join(project, 'node_modules', 'briefdeck');
    for (const file of ['lib/cli/main.mjs', 'lib/cli/vite.mjs', 'lib/types/vite/index.d.ts', 'index.html', 'src/client/main.ts', 'themes/briefing.css']) {
      expect(existsSync(path.join(installed, file)), file).toBe(true);
    }
    expect(existsSync(path.join(installed, 'tests'))).toBe(false);
  });

  it('starts a deck with npx briefdeck, builds and exports it with the installed command, running the CLI compiled at pack time', async () => {
    await sh(project, 'npx', ['--offline', 'briefdeck', 'new', 'deck']);
    expect(existsSync(path.join(project, 'deck', '01-title.md'))).toBe(true);
    await sh(project, installedBin('briefdeck'), ['build', 'deck']);
    expect(readFileSync(path.join(project, 'dist', 'index.html'), 'utf8')).toContain('<title>Deck</title>');
    const exported = await sh(project, installedBin('briefdeck'), ['export', 'pdf', 'deck']);
    expect(exported.stdout).toMatch(/Wrote out\/deck\.pdf: 4 pages/);
    const pdf = await PDFDocument.load(readFileSync(path.join(project, 'out', 'deck.pdf')));
    expect(pdf.getPageCount()).toBe(4);
    // Nothing was compiled on first run: the installed CLI keeps no cache of its own build.
    expect(existsSync(path.join(project, 'node_modules', 'briefdeck', 'node_modules', '.cache', 'briefdeck', 'cli'))).toBe(false);
    expect(existsSync(path.join(project, 'node_modules', '.cache', 'briefdeck', 'cli'))).toBe(false);
  }, 180_000);

  it('works as a Vite plugin in the project’s own vite.config.ts: with vite itself, with briefdeck, and type-checked', async () => {
    writeFileSync(path.join(project, 'vite.config.ts'), USER_CONFIG);
    await sh(project, installedBin('vite'), ['build']);
    expect(readFileSync(path.join(project, 'site', 'index.html'), 'utf8')).toContain('<title>Deck</title>');
    rmSync(path.join(project, 'site'), { recursive: true });
    await sh(project, installedBin('briefdeck'), ['build']);
    expect(readFileSync(path.join(project, 'site', 'briefings', 'summary', 'index.html'), 'utf8')).toContain('id="key-points"');

    // The declarations are real: a wrong option type is an error, the right config is not.
    writeFileSync(path.join(project, 'wrong.ts'), `import { briefdeck } from 'briefdeck/vite';\n\nexport const plugin = briefdeck({ deck: 3 });\n`);
    const tsc = path.join(KIT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const checked = await run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'vite.config.ts', 'wrong.ts'], { cwd: project, env: cleanEnv }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? '',
    );
    expect(checked).toMatch(/wrong\.ts\(3,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
    expect(checked).not.toContain('vite.config.ts(');
  }, 180_000);
});
