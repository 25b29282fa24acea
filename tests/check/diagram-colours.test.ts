// The deck's own diagram colours (diagrams.mermaid.themeVariables in vite.config.ts) are contrast-checked laid over the theme's, by check and build.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { createLogger } from 'vite';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { tempTree } from '../helpers/build.js';

function captureIO(cwd: string): CliIO & { lines: string[] } {
  const lines: string[] = [];
  return { cwd, env: {}, out: (l) => lines.push(l), err: (l) => lines.push(l), lines };
}

const DECK = '---\ntitle: Budget brief\n---\n# Budget brief\n\nWhere the money goes.\n';

/** A project whose config gives pie slice 3 a colour that all but vanishes on the briefing theme's white slide. */
function project(themeVariables: Record<string, unknown> | undefined): string {
  const settings = themeVariables === undefined ? '' : `{ diagrams: { mermaid: { theme: 'base', themeVariables: ${JSON.stringify(themeVariables)} } } }`;
  return tempTree('diagram-colours', {
    'slides/deck.md': DECK,
    'vite.config.ts': `import { defineConfig } from 'vite';\nimport { briefdeck } from 'briefdeck/vite';\n\nexport default defineConfig({ plugins: [briefdeck(${settings})] });\n`,
  });
}

const PALE = { pie3: '#f4f4f4', xyChart: { plotColorPalette: '#1d4e89,#dddddd' } };

describe("the deck's own diagram colours", () => {
  it('check warns about each pair they break, naming the pair, the theme file and where to change it', async () => {
    const io = captureIO(project(PALE));
    expect(await main(['check'], io), io.lines.join('\n')).toBe(0);
    const report = io.lines.join('\n');
    expect(report).toMatch(/themes[/\\]briefing\.css warning: theme "briefing": a diagram colour falls short of WCAG AA contrast: pie3 on background: 1\.\d\d:1, needs 3:1 \(pie slice 3\)/);
    expect(report).toContain('pieSectionTextColor on pie3');
    expect(report).toContain('xyChart.plotColorPalette[1] on xyChart.backgroundColor');
    expect(report).toContain('diagrams.mermaid');
    // The colours it did not set are still the theme's, which pass.
    expect(report).not.toContain('pie1 on background');
  });

  it('check is silent about diagram colours when the config sets none, or sets ones that contrast', async () => {
    for (const variables of [undefined, { pie3: '#5a1d89' }]) {
      const io = captureIO(project(variables));
      expect(await main(['check'], io), io.lines.join('\n')).toBe(0);
      expect(io.lines.join('\n')).not.toContain('a diagram colour falls short');
    }
  });

  it('build warns the same way, and still builds', async () => {
    const root = project(PALE);
    const warnings: string[] = [];
    const logger = { ...createLogger('silent'), warn: (message: string) => void warnings.push(message), warnOnce: (message: string) => void warnings.push(message) };
    await buildDeck({ cwd: root, deckDir: 'slides', outDir: 'dist', logger });
    expect(warnings.join('\n')).toMatch(/a diagram colour falls short of WCAG AA contrast: pie3 on background: 1\.\d\d:1/);
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(true);
  }, 60_000);
});
