// Loading a deck from disk: data-source names files inside the deck folder, whatever the working folder; reveal-md.json is read beside the deck.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile/compile-deck.js';
import { loadDeckFiles } from '../../src/io/load-deck.js';

let scratch: string;
let deckDir: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'briefdeck-load-'));
  deckDir = path.join(scratch, 'project', 'talks', 'q3');
  await mkdir(deckDir, { recursive: true });
  await writeFile(path.join(deckDir, '01-intro.md'), '# Intro\n\nText.\n');
  await writeFile(path.join(deckDir, '02-more.md'), '# More\n\n---\n\n----\n\n# Below\n');
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function sources(displayRoot: string): Promise<string[]> {
  const loaded = await loadDeckFiles(deckDir, displayRoot);
  const { deck } = await compileDeck(loaded.files);
  return [...deck.html.matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]!);
}

describe('loadDeckFiles', () => {
  it('publishes data-source relative to the deck folder, the same from any working folder', async () => {
    const fromProject = await sources(path.join(scratch, 'project'));
    const fromElsewhere = await sources(path.join(scratch, 'elsewhere', 'deep'));
    expect(fromProject[0]).toBe('01-intro.md:1-4');
    expect(fromElsewhere).toEqual(fromProject);
  });

  it('keeps messages relative to the working folder', async () => {
    const loaded = await loadDeckFiles(deckDir, path.join(scratch, 'project'));
    expect(loaded.files.map((f) => f.file)).toEqual([path.join('talks', 'q3', '01-intro.md'), path.join('talks', 'q3', '02-more.md')]);
  });

  it('reads reveal-md.json beside the deck: its defaults make ---- a vertical separator', async () => {
    await writeFile(path.join(deckDir, 'reveal-md.json'), '{ "revealOptions": { "loop": true } }');
    try {
      const loaded = await loadDeckFiles(deckDir, scratch);
      const { deck } = await compileDeck(loaded.files);
      expect(deck.slides.map((s) => `${s.source.h}.${s.source.v}`)).toEqual(['0.0', '1.0', '2.0', '2.1']);
      expect(deck.meta.revealOptions).toEqual({ loop: true });
      await writeFile(path.join(deckDir, 'reveal-md.json'), '{ not json');
      const broken = await loadDeckFiles(deckDir, scratch);
      expect(broken.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([`${path.join('project', 'talks', 'q3', 'reveal-md.json')}:1 reveal-md-json`]);
    } finally {
      await rm(path.join(deckDir, 'reveal-md.json'));
    }
  });
});
