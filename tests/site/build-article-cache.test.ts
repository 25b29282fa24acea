// A build keeps the article as read on disk: the next build of the same article by the same code skips the language model.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempTree } from '../helpers/build.js';

const tagged = vi.hoisted(() => ({ calls: 0 }));

vi.mock('../../src/article/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/article/nlp.js')>();
  return {
    ...original,
    tagText: (text: string) => {
      tagged.calls++;
      return original.tagText(text);
    },
  };
});

const { createDeckState } = await import('../../src/site/deck-state.js');
const { resolveOptions } = await import('../../src/vite/options.js');

const ARTICLE = 'A headline\n\nThe first paragraph says one thing, plainly.\n\nThe second paragraph says another.\n';

function project(): string {
  return tempTree('build-article-cache', {
    'slides/01-intro.md': '---\ntitle: Cached deck\narticle: source/article.txt\n---\n# Cached deck\n\nSays one thing [@p1].\n',
    'slides/source/article.txt': ARTICLE,
  });
}

async function build(root: string, code: string | undefined): Promise<{ html: string | undefined; source: unknown }> {
  const options = { ...resolveOptions({}, root), displayRoot: root, cacheDir: path.join(root, 'cache') };
  const { good, diagnostics } = await createDeckState(options, undefined, 'build', code).reload();
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { html: good?.deck.html, source: good?.source };
}

describe('a build with the article cache', () => {
  beforeEach(() => {
    tagged.calls = 0;
  });

  it('reads the article from disk on the second build, with the same output', async () => {
    const root = project();
    const cold = await build(root, 'kit-1');
    expect(tagged.calls).toBeGreaterThan(0);
    expect(readdirSync(path.join(root, 'cache', 'articles'))).toHaveLength(1);
    tagged.calls = 0;
    const warm = await build(root, 'kit-1');
    expect(tagged.calls).toBe(0);
    expect(warm).toEqual(cold);
    expect(warm.html).toContain('Says one thing');
  });

  it('reads the article afresh for other code, and keeps nothing when the code cannot be named', async () => {
    const root = project();
    await build(root, 'kit-1');
    tagged.calls = 0;
    await build(root, 'kit-2');
    expect(tagged.calls).toBeGreaterThan(0);
    const unnamed = project();
    await build(unnamed, undefined);
    tagged.calls = 0;
    await build(unnamed, undefined);
    expect(tagged.calls).toBeGreaterThan(0);
    expect(() => readdirSync(path.join(unnamed, 'cache'))).toThrow();
  });
});
