// Two dev starts on one deck: the second start's first page is the deck as it is now, whether or not it changed in between.

import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { startAndFetchFirstPage } from '../helpers/dev-start.js';

async function firstPage(deckDir: string): Promise<string> {
  const { server, page } = await startAndFetchFirstPage(deckDir);
  await server.close();
  return page;
}

describe('dev start pages', () => {
  it('shows the same deck again, and an edit made between two starts', async () => {
    const deckDir = path.join(tempDir('start-page'), 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'basic'), deckDir, { recursive: true });
    writeFileSync(path.join(deckDir, '01-intro.md'), '---\ntitle: Started\n---\n# First version\n\nText.\n');
    const first = await firstPage(deckDir);
    expect(first).toContain('First version');
    expect(await firstPage(deckDir)).toBe(first);
    writeFileSync(path.join(deckDir, '01-intro.md'), '---\ntitle: Started\n---\n# Second version\n\nText.\n');
    const edited = await firstPage(deckDir);
    expect(edited).toContain('Second version');
    expect(edited).not.toContain('First version');
  });
});
