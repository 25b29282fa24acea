// A dev session's diagram renderer answers a repeated request from what it drew last, and draws again when any input changes.

import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.js';
import { createBuildRenderer } from '../../src/diagrams/build-renderer.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import type { DiagramOccurrence } from '../../src/markdown/env.js';
import { tempDir } from '../helpers/build.js';

const FLOW: DiagramOccurrence = { elementId: 'd1', language: 'mermaid', code: 'flowchart LR\n  accTitle: Two steps\n  accDescr: One leads to two.\n  A[One] --> B[Two]', file: 'slides/a.md', line: 3, columns: 1 };

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

describe('the build renderer’s recent outputs', () => {
  it('keeps an output for the same diagrams and theme file, and draws again when either changes', async () => {
    const themesDir = tempDir('recent-themes');
    cpSync(path.join(KIT_ROOT, 'themes'), themesDir, { recursive: true });
    const renders: string[] = [];
    const renderer = createBuildRenderer({
      themesDir,
      cacheDir: tempDir('recent-cache'),
      mermaid: {},
      fallback: false,
      log: { info: (message) => renders.push(message), warn: () => undefined },
      launch: async () => (browser ??= await launchChromium()),
    });
    const first = await renderer.render([FLOW], { theme: 'briefing' });
    expect(first.svgs.get('d1')).toContain('<svg');
    expect(renders).toHaveLength(1);
    expect(await renderer.render([FLOW], { theme: 'briefing' })).toBe(first);
    expect(renders).toHaveLength(1);
    // Each changed input is a render of its own (the disk cache may answer it, the renderer still asks).
    await renderer.render([{ ...FLOW, code: FLOW.code.replace('[Two]', '[Three]') }], { theme: 'briefing' });
    await renderer.render([{ ...FLOW, layout: 'two-column' }], { theme: 'briefing' });
    await renderer.render([FLOW], { theme: 'dark' });
    writeFileSync(path.join(themesDir, 'briefing.css'), ':root { --r-main-color: #102030; }\n', { flag: 'a' });
    await renderer.render([FLOW], { theme: 'briefing' });
    expect(renders).toHaveLength(5);
    await renderer.close();
  }, 60_000);
});
