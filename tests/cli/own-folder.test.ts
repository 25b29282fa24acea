// A deck in the user's own folder: the working folder's slides/, the user's vite.config.ts merged (Vite from the kit), public/ copied, a broken config in one message.

import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { startPreview } from '../../src/cli/commands/preview.js';
import { loadProject } from '../../src/site/vite-config.js';
import { projectDeck } from '../../src/cli/deck-dir.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempTree } from '../helpers/build.js';

function captureIO(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, env: {}, out: (l) => stdout.push(l), err: (l) => stderr.push(l), stdout, stderr };
}

const MAP_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3" fill="#0b2545"/></svg>';

const DECK = `---
title: Region brief
---
# Region brief

---
id: map
---
## The region

![Map of the region](/maps/region.svg)
`;

const USER_CONFIG = `import { defineConfig } from 'vite';
import { briefdeck } from 'briefdeck/vite';

export default defineConfig(({ command }) => ({
  publicDir: 'static',
  build: { outDir: 'site' },
  plugins: [
    briefdeck({ deck: 'talk' }),
    { name: 'stamp', transformIndexHtml: (html: string) => html.replace('</head>', \`<meta name="built-by" content="\${command}"></head>\`) },
  ],
}));
`;

const made: string[] = [];
function project(files: Record<string, string>): string {
  const root = tempTree('own-folder', files);
  made.push(root);
  return root;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('a project folder of the user’s (no node_modules, so Vite comes from the kit)', () => {
  it('builds ./slides of the working folder without a config, with public/ copied in and its favicon linked', async () => {
    const root = project({ 'public/favicon.svg': MAP_SVG, 'public/maps/region.svg': MAP_SVG });
    cpSync(path.join(FIXTURE_DECKS, 'basic'), path.join(root, 'slides'), { recursive: true });
    const io = captureIO(root);
    expect(await main(['build'], io), io.stderr.join('\n')).toBe(0);
    const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    expect(html).toContain('<title>Fixture deck</title>');
    expect(html).toContain('<link rel="icon" href="./favicon.svg" type="image/svg+xml" />');
    expect(readFileSync(path.join(root, 'dist', 'maps', 'region.svg'), 'utf8')).toBe(MAP_SVG);
  });

  it('keeps the user’s plugins and options, resolving relative ones against the config file', async () => {
    const root = project({
      'vite.config.ts': USER_CONFIG,
      'talk/deck.md': DECK,
      'talk/briefings/short.yaml': 'title: Short\nslides:\n  - map\n',
      'static/maps/region.svg': MAP_SVG,
    });
    const io = captureIO(root);
    expect(await main(['build'], io), io.stderr.join('\n')).toBe(0);
    const html = readFileSync(path.join(root, 'site', 'index.html'), 'utf8');
    expect(html).toContain('<title>Region brief</title>');
    expect(html).toContain('<meta name="built-by" content="build">');
    // `/maps/region.svg` names a public file: built pages reach it relatively, from any depth.
    expect(html).toContain('src="./maps/region.svg"');
    expect(readFileSync(path.join(root, 'site', 'briefings', 'short', 'index.html'), 'utf8')).toContain('src="../../maps/region.svg"');
    expect(existsSync(path.join(root, 'site', 'maps', 'region.svg'))).toBe(true);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('builds one .md file as a deck, and as one self-contained file with public/ images inlined', async () => {
    const root = project({ 'talk.md': DECK, 'public/maps/region.svg': MAP_SVG, 'public/favicon.svg': MAP_SVG });
    const io = captureIO(root);
    expect(await main(['build', 'talk.md', '--out', 'out'], io), io.stderr.join('\n')).toBe(0);
    expect(readFileSync(path.join(root, 'out', 'index.html'), 'utf8')).toContain('<title>Region brief</title>');
    expect(await main(['build', 'talk.md', '--single-file'], io), io.stderr.join('\n')).toBe(0);
    const single = readFileSync(path.join(root, 'talk.html'), 'utf8');
    const inlined = `data:image/svg+xml;base64,${Buffer.from(MAP_SVG).toString('base64')}`;
    expect(single).toContain(`<img src="${inlined}" alt="Map of the region">`);
    expect(single).toContain(`<link rel="icon" href="${inlined}"`);
  });

  it('treats the kit as a project like any other: in its folder the default deck is its own slides/', async () => {
    const kit = await loadProject(KIT_ROOT, 'serve');
    expect(kit.configFile).toBe(path.join(KIT_ROOT, 'vite.config.ts'));
    expect(projectDeck(kit, [], KIT_ROOT)).toEqual({ path: path.join(KIT_ROOT, 'slides') });
  });

  const broken: [string, string, RegExp][] = [
    ['a syntax error', `import { defineConfig } from 'vite';\n\nexport default defineConfig({ plugins: [ });\n`, /^vite\.config\.ts:3:\d+ error: /],
    ['an import that is not installed', `import { defineConfig } from 'vite';\nimport shiny from 'shiny-vite-plugin-not-installed';\n\nexport default defineConfig({ plugins: [shiny()] });\n`, /^vite\.config\.ts:2:\d+ error: cannot find "shiny-vite-plugin-not-installed", imported by the config\n {2}→ install it \(npm install -D shiny-vite-plugin-not-installed\)/],
    ['a config that throws as it runs', `import { defineConfig } from 'vite';\n\nconst settings: { base?: string } | undefined = undefined;\nexport default defineConfig({ base: settings!.base });\n`, /^vite\.config\.ts:4:\d+ error: the config failed while it ran: Cannot read properties of undefined/],
    ['an export that is not a config', `export default 42;\n`, /^vite\.config\.ts error: the config does not export a config object/],
  ];
  for (const [what, config, expected] of broken) {
    it(`reports ${what} as one message with file and line, and builds nothing`, async () => {
      const root = project({ 'vite.config.ts': config, 'slides/deck.md': DECK });
      const io = captureIO(root);
      expect(await main(['build'], io)).toBe(1);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(expected);
      expect(io.stderr[0]).not.toMatch(/\n\s+at |node_modules/);
      expect(existsSync(path.join(root, 'dist'))).toBe(false);
    });
  }

  const failingPlugins: [string, string, RegExp][] = [
    ['in a build hook, on every stylesheet', `{ name: 'stamp-css', transform(code: string, id: string) {\n    if (id.endsWith('.css')) throw new Error('no stamp for CSS');\n  } }`, /^vite\.config\.ts:5:\d+ error: the plugin "stamp-css" failed in its transform hook on briefdeck's \S+\.css: no stamp for CSS \(and \d+ more errors like it\)\n {2}→ fix the plugin, or take it out of the config/],
    ['in a page hook Vite runs inside its own plugin', `{ name: 'stamp-page', transformIndexHtml() {\n    throw new Error('no stamp for pages');\n  } }`, /^vite\.config\.ts:5:\d+ error: a plugin of the config failed: no stamp for pages\n/],
    ['in a hook Vite calls as it starts', `{ name: 'early', configResolved() {\n    throw new Error('too early');\n  } }`, /^vite\.config\.ts:5:\d+ error: a plugin of the config failed: too early\n/],
  ];
  for (const [where, plugin, expected] of failingPlugins) {
    it(`reports a plugin of the config that throws ${where} as one message at its line in the config`, async () => {
      const root = project({ 'vite.config.ts': `import { defineConfig } from 'vite';\n\nexport default defineConfig({\n  plugins: [${plugin}],\n});\n`, 'slides/deck.md': DECK });
      const io = captureIO(root);
      expect(await main(['build'], io)).toBe(1);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(expected);
      expect(io.stderr[0]).not.toMatch(/\n\s+at |briefdeck-config-/);
      expect(existsSync(path.join(root, 'dist'))).toBe(false);
    });
  }

  it('names the line of the user’s own module when the error is thrown there, and shows the stack only with BRIEFDECK_DEBUG=1', async () => {
    const root = project({
      'vite.config.ts': `import { defineConfig } from 'vite';\nimport { outDir } from './config/paths';\n\nexport default defineConfig({ build: { outDir: outDir() } });\n`,
      'config/paths.ts': `// Where the site goes.\nexport function outDir(): string {\n  throw new Error('no output folder configured');\n}\n`,
      'slides/deck.md': DECK,
    });
    const io = captureIO(root);
    expect(await main(['build'], io)).toBe(1);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^config\/paths\.ts:3:\d+ error: the config failed while it ran: no output folder configured \(in a module vite\.config\.ts imports\)/);
    const debug = { ...captureIO(root), env: { BRIEFDECK_DEBUG: '1' } };
    expect(await main(['build'], debug)).toBe(1);
    expect(debug.stderr).toHaveLength(2);
    expect(debug.stderr[1]).toMatch(/^Error: no output folder configured\n\s+at .*paths\.ts:3:\d+/);
  });
});

describe('briefdeck preview in the user’s folder', () => {
  /** Any free port: the config's own preview settings are what the command falls back on. */
  const PREVIEW_CONFIG = `export default { preview: { port: 0, host: '127.0.0.1' } };\n`;

  async function previewed(args: string[], cwd: string): Promise<{ stdout: string[]; title: string; map: string }> {
    const io = captureIO(cwd);
    const server = await startPreview(args, io);
    try {
      const url = server.resolvedUrls!.local[0]!;
      const title = /<title>([^<]*)<\/title>/.exec(await (await fetch(url)).text())?.[1] ?? '';
      const map = await (await fetch(new URL('maps/region.svg', url))).text();
      return { stdout: io.stdout, title, map };
    } finally {
      await server.close();
    }
  }

  it('builds a single .md file named as DIR when its build is missing or stale, reuses one that is up to date, and serves it', async () => {
    const root = project({ 'vite.config.ts': PREVIEW_CONFIG, 'talk.md': DECK, 'public/maps/region.svg': MAP_SVG });
    const first = await previewed(['talk.md'], root);
    expect(first.stdout).toEqual([expect.stringMatching(/^Built dist\/ from talk\.md in \d+ ms$/)]);
    expect(first.title).toBe('Region brief');
    expect(first.map).toBe(MAP_SVG);
    expect((await previewed(['talk.md'], root)).stdout).toEqual(['dist/ is a build of talk.md as it is now']);
    writeFileSync(path.join(root, 'talk.md'), DECK.replace('title: Region brief', 'title: Region brief, revised'));
    const edited = await previewed(['talk.md'], root);
    expect(edited.stdout[0]).toMatch(/^Built dist\/ from talk\.md/);
    expect(edited.title).toBe('Region brief, revised');
  });

  it('without DIR serves the build as it is, and says what to do when there is none', async () => {
    const root = project({ 'vite.config.ts': PREVIEW_CONFIG, 'slides/deck.md': DECK });
    const io = captureIO(root);
    expect(await main(['preview'], io)).toBe(1);
    expect(io.stderr).toEqual(['briefdeck preview: dist/ holds no built deck; run `briefdeck build` first, or name the deck: `briefdeck preview DIR`; run `briefdeck preview --help` for usage']);
    expect(await main(['build'], captureIO(root))).toBe(0);
    writeFileSync(path.join(root, 'slides', 'deck.md'), DECK.replace('title: Region brief', 'title: Not built'));
    const served = await previewed([], root);
    expect(served.stdout).toEqual([]);
    expect(served.title).toBe('Region brief');
  });
});
