// `export pdf` exports the project's own build, or the one its last export of the deck kept, when it was made from the deck as it is,
// and builds afresh once anything changed.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommand } from '../../src/cli/commands/build.js';
import { exportCommand } from '../../src/cli/commands/export.js';
import { entryFor, main } from '../../src/cli/main.js';
import { lastBuildFolder } from '../../src/export/last-build.js';
import { BUILD_STAMP_FILE } from '../../src/site/build-stamp.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { captureIO, loadPdf, pagesText } from './helpers.js';

const COMMANDS = [entryFor(buildCommand, 'build'), entryFor(exportCommand, 'export')];

describe('export pdf after briefdeck build', () => {
  it('uses dist/ while it is up to date, and builds again after an edit', async () => {
    const root = tempDir('reuse');
    const deckDir = path.join(root, 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'export-deck'), deckDir, { recursive: true });
    expect(await main(['build', 'slides'], captureIO(root), COMMANDS)).toBe(0);
    expect(readFileSync(path.join(root, 'dist', BUILD_STAMP_FILE), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);

    const reused = captureIO(root);
    expect(await main(['export', 'pdf', 'slides', '--out', 'first.pdf'], reused, COMMANDS)).toBe(0);
    expect(reused.stderr.join('\n')).toContain('using dist/, built from the deck as it is now');
    expect(reused.stderr.join('\n')).not.toContain('building');
    expect((await loadPdf(readFileSync(path.join(root, 'first.pdf')))).getPageCount()).toBe(6);

    const file = path.join(deckDir, '01-deck.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Alpha slide', 'Alpha slide, edited'));
    const rebuilt = captureIO(root);
    expect(await main(['export', 'pdf', 'slides', '--out', 'second.pdf'], rebuilt, COMMANDS)).toBe(0);
    expect(rebuilt.stderr.join('\n')).toContain('building slides/');
    expect(rebuilt.stderr.join('\n')).not.toContain('using dist/');
    expect(pagesText(path.join(root, 'second.pdf')).join('\n')).toContain('Alpha slide, edited');
  });

  it('keeps the build of its first export in the project\'s cache, serves it to the next export of the unchanged deck, and builds again after an edit', async () => {
    const root = tempDir('reuse-kept');
    // A project with node_modules keeps its caches there (removed with the temporary folder).
    mkdirSync(path.join(root, 'node_modules'));
    const deckDir = path.join(root, 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'export-deck'), deckDir, { recursive: true });
    const kept = lastBuildFolder(root, root, deckDir);
    expect(kept.startsWith(path.join(root, 'node_modules', '.cache', 'briefdeck', 'exports'))).toBe(true);

    const first = captureIO(root);
    expect(await main(['export', 'pdf', 'slides', '--out', 'first.pdf'], first, COMMANDS)).toBe(0);
    expect(first.stderr.join('\n')).toContain('building slides/');
    expect(readFileSync(path.join(kept, BUILD_STAMP_FILE), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);

    const second = captureIO(root);
    expect(await main(['export', 'pdf', 'slides', '--out', 'second.pdf'], second, COMMANDS)).toBe(0);
    expect(second.stderr.join('\n')).toContain('using the build of slides/ from the last export');
    expect(second.stderr.join('\n')).not.toContain('building');
    expect(pagesText(path.join(root, 'second.pdf'))).toEqual(pagesText(path.join(root, 'first.pdf')));

    const file = path.join(deckDir, '01-deck.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Alpha slide', 'Alpha slide, edited'));
    const third = captureIO(root);
    expect(await main(['export', 'pdf', 'slides', '--out', 'third.pdf'], third, COMMANDS)).toBe(0);
    expect(third.stderr.join('\n')).toContain('building slides/');
    expect(pagesText(path.join(root, 'third.pdf')).join('\n')).toContain('Alpha slide, edited');
  });

  it('serves the kept build without running the config again while the config\'s text is unchanged, and runs it once that changes', async () => {
    const root = tempDir('reuse-config');
    mkdirSync(path.join(root, 'node_modules'));
    cpSync(path.join(FIXTURE_DECKS, 'export-deck'), path.join(root, 'slides'), { recursive: true });
    const config = "import { appendFileSync } from 'node:fs';\nappendFileSync(new URL('./config-runs.txt', import.meta.url), 'ran\\n');\nexport default {};\n";
    writeFileSync(path.join(root, 'vite.config.ts'), config);
    const runs = (): number => readFileSync(path.join(root, 'config-runs.txt'), 'utf8').split('\n').filter(Boolean).length;

    expect(await main(['export', 'pdf', '--out', 'first.pdf'], captureIO(root), COMMANDS)).toBe(0);
    expect(runs()).toBe(1);

    const second = captureIO(root);
    expect(await main(['export', 'pdf', '--out', 'second.pdf'], second, COMMANDS)).toBe(0);
    expect(second.stderr.join('\n')).toContain('using the build of slides/ from the last export');
    expect(runs()).toBe(1);
    expect(pagesText(path.join(root, 'second.pdf'))).toEqual(pagesText(path.join(root, 'first.pdf')));

    writeFileSync(path.join(root, 'vite.config.ts'), `${config}// edited\n`);
    const third = captureIO(root);
    expect(await main(['export', 'pdf', '--out', 'third.pdf'], third, COMMANDS)).toBe(0);
    expect(runs()).toBe(2);
    expect(third.stderr.join('\n')).toContain('building slides/');
  });
});
