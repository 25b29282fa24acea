// Loading a deck from disk: reveal-md.json beside the deck is read, and makes it a reveal-md deck.

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

describe('loadDeckFiles and reveal-md.json', () => {
  it('without reveal-md.json, ---- is not a separator', async () => {
    const loaded = loadDeckFiles(deckDir, scratch);
    const { deck } = await compileDeck(loaded.files);
    expect(deck.slides.map((s) => `${s.source.h}.${s.source.v}`)).toEqual(['0.0', '1.0', '2.0']);
  });

  it('with reveal-md.json, reveal-md\'s defaults make ---- a vertical separator and its revealOptions apply', async () => {
    await writeFile(path.join(deckDir, 'reveal-md.json'), '{ "revealOptions": { "loop": true } }');
    try {
      const loaded = loadDeckFiles(deckDir, scratch);
      const { deck } = await compileDeck(loaded.files);
      expect(deck.slides.map((s) => `${s.source.h}.${s.source.v}`)).toEqual(['0.0', '1.0', '2.0', '2.1']);
      expect(deck.meta.revealOptions).toEqual({ loop: true });
    } finally {
      await rm(path.join(deckDir, 'reveal-md.json'));
    }
  });

  it('reports a reveal-md.json that is not JSON at its file', async () => {
    await writeFile(path.join(deckDir, 'reveal-md.json'), '{ not json');
    try {
      const broken = loadDeckFiles(deckDir, scratch);
      expect(broken.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([`${path.join('project', 'talks', 'q3', 'reveal-md.json')}:1 reveal-md-json`]);
    } finally {
      await rm(path.join(deckDir, 'reveal-md.json'));
    }
  });
});
