// The article as read is kept on disk between dev sessions: the next session reads it from there, and only while the article and the code are the same.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load-site.js';
import { createSiteCaches } from '../../src/site/site-caches.js';
import { tempTree } from '../helpers/build.js';

const ARTICLE = 'A headline\n\nThe first paragraph says one thing, plainly.\n\nThe second paragraph says another.\n';

function project(): string {
  const root = tempTree('disk-session-cache', {
    'slides/01-intro.md': '---\ntitle: Disk deck\narticle: source/article.txt\n---\n# Disk deck\n\nSays one thing [@p1].\n',
    'slides/source/article.txt': ARTICLE,
  });
  return root;
}

async function firstParagraph(root: string, code: string): Promise<string | undefined> {
  const caches = createSiteCaches({ dir: path.join(root, 'cache'), code });
  const { site } = await loadSite({ deckDir: path.join(root, 'slides'), themes: ['briefing'], displayRoot: root, caches });
  return site.source?.article.paragraphs[0]?.text;
}

/** Rewrites the one stored reading, so a session that uses it shows it. */
function markStoredReading(root: string): void {
  const folder = path.join(root, 'cache', 'articles');
  const [file] = readdirSync(folder);
  const stored = readFileSync(path.join(folder, file!), 'utf8');
  writeFileSync(path.join(folder, file!), stored.replace('The first paragraph says one thing, plainly.', 'Read from the disk cache.'));
}

describe('articles kept on disk', () => {
  it('a new session reuses the stored reading of the same article by the same code', async () => {
    const root = project();
    expect(await firstParagraph(root, 'kit-1')).toBe('The first paragraph says one thing, plainly.');
    markStoredReading(root);
    expect(await firstParagraph(root, 'kit-1')).toBe('Read from the disk cache.');
  });

  it('reads the article afresh when its text or the code changed', async () => {
    const root = project();
    await firstParagraph(root, 'kit-1');
    markStoredReading(root);
    expect(await firstParagraph(root, 'kit-2')).toBe('The first paragraph says one thing, plainly.');
    writeFileSync(path.join(root, 'slides/source/article.txt'), ARTICLE.replace('plainly', 'clearly'));
    expect(await firstParagraph(root, 'kit-1')).toBe('The first paragraph says one thing, clearly.');
  });
});
