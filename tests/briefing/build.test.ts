// Briefings through the real build: one page each with exactly its slides; bad manifests fail with file:line.

import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { htmlDocument } from '../helpers/dom.js';

function pageDocument(file: string): Document {
  return htmlDocument(readFileSync(file, 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
}

function sectionIds(doc: Document): string[] {
  return [...doc.querySelectorAll('.slides section[id]')].map((s) => s.id);
}

describe('briefing pages', () => {
  let outDir: string;
  const warnings: string[] = [];

  beforeAll(async () => {
    outDir = path.join(tempDir('briefings'), 'dist');
    const logger = { ...createLogger('info'), info: () => undefined, warn: (m: string) => void warnings.push(m) };
    await buildDeck({ cwd: KIT_ROOT, deckDir: path.join(FIXTURE_DECKS, 'briefings'), outDir, logger });
  });

  it('writes one page per briefing next to the deck and the remix view', () => {
    expect(readdirSync(path.join(outDir, 'briefings')).sort()).toEqual(['long', 'short']);
    expect(readdirSync(path.join(outDir, 'remix'))).toEqual(['index.html']);
  });

  it('puts exactly the picked slides in the picked order, after a cover and an agenda', () => {
    const doc = pageDocument(path.join(outDir, 'briefings/short/index.html'));
    expect(sectionIds(doc)).toEqual(['briefing-cover', 'briefing-agenda', 'advice', 'doubts', 'firsts', 'decision', 'inline-close']);
    expect(doc.querySelector('#briefing-cover h1')!.textContent).toBe('Short brief');
    expect(doc.querySelector('#briefing-cover')!.textContent).toContain('For the principal · 5 min 30 s');
    expect([...doc.querySelectorAll('#briefing-agenda li')].map((li) => li.textContent)).toEqual([
      '3 Advice 1 min', '4 Why be careful 2 min', '5 Firsts 1 min', '6 Decision needed 1 min', '7 Questions to take away 30 s',
    ]);
  });

  it('paces the speaker view by the same minutes the cover totals: data-timing in seconds, none for the cover and agenda', () => {
    const doc = pageDocument(path.join(outDir, 'briefings/short/index.html'));
    const timings = [...doc.querySelectorAll('.slides section[id]')].map((s) => [s.id, s.getAttribute('data-timing')]);
    expect(timings).toEqual([['briefing-cover', '0'], ['briefing-agenda', '0'], ['advice', '60'], ['doubts', '120'], ['firsts', '60'], ['decision', '60'], ['inline-close', '30']]);
    const seconds = timings.reduce((sum, [, t]) => sum + Number(t), 0);
    expect(seconds).toBe(5.5 * 60);
  });

  it('applies overrides: the new title, and no notes', () => {
    const doc = pageDocument(path.join(outDir, 'briefings/short/index.html'));
    expect(doc.querySelector('#doubts h2')!.textContent).toBe('Why be careful');
    expect(doc.querySelector('#doubts aside.notes')).toBeNull();
    const deck = pageDocument(path.join(outDir, 'index.html'));
    expect(deck.querySelector('#doubts aside.notes')!.textContent).toContain('Doubts notes.');
  });

  it('titles the page after the briefing and links the shared assets from two folders down', () => {
    const html = readFileSync(path.join(outDir, 'briefings/short/index.html'), 'utf8');
    expect(html).toContain('<title>Short brief</title>');
    expect(html).toMatch(/src="\.\.\/\.\.\/assets\/[^"]+\.js"/);
    const data = JSON.parse(/<script type="application\/json" id="briefdeck-data">([^<]*)<\/script>/.exec(html)![1]!) as { kind: string; minutes: number; budget: number };
    expect(data).toMatchObject({ kind: 'briefing', minutes: 5.5, budget: 6 });
  });

  it('warns, without failing, when a briefing is over its time budget', () => {
    expect(warnings.some((w) => w.includes('briefings/long.yaml') && w.includes('briefing "long" takes 7 min, over its budget of 4 min'))).toBe(true);
  });
});

describe('bad briefing manifests fail the build', () => {
  const cases: { name: string; manifest: string; expected: RegExp }[] = [
    { name: 'an unknown id', manifest: 'title: X\nslides:\n  - firsts\n  - advise\n', expected: /briefings\/bad\.yaml:4 error: no slide with id "advise"\n {2}→ did you mean "advice"\?/ },
    { name: 'bad YAML', manifest: 'title: X\nslides: [firsts\n', expected: /briefings\/bad\.yaml:\d+ error: invalid YAML/ },
    { name: 'an unknown section', manifest: 'title: X\nslides:\n  - section:endings\n', expected: /briefings\/bad\.yaml:3 error: no slide is in section "endings"/ },
    { name: 'a file outside the project', manifest: 'title: X\nslides:\n  - file: ../../../../../etc/passwd\n', expected: /briefings\/bad\.yaml:3 error: "..\/..\/..\/..\/..\/etc\/passwd" is outside the project/ },
  ];
  for (const { name, manifest, expected } of cases) {
    it(name, async () => {
      const deckDir = path.join(tempDir('bad-briefing'), 'slides');
      cpSync(path.join(FIXTURE_DECKS, 'briefings'), deckDir, { recursive: true });
      writeFileSync(path.join(deckDir, 'briefings', 'bad.yaml'), manifest);
      const outDir = path.join(tempDir('bad-briefing-out'), 'dist');
      const failure = await buildDeck({ cwd: path.dirname(deckDir), deckDir, outDir }).then(() => undefined, (error: unknown) => error as Error);
      expect(failure?.message).toMatch(expected);
      expect(readdirSync(path.dirname(outDir))).toEqual([]);
    });
  }
});
