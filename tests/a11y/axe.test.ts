// axe-core over every slide of the shipped deck, the slides its briefings add and a deck using every layout, in both themes:
// no serious or critical violations.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachSlide } from '../../src/browser/deck-slides.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { FIXTURE_DECKS } from '../helpers/build.js';
import { startBrowser, waitForDeck } from '../helpers/browser.js';
import { buildDeckInTheme, buildShippedDeck } from '../helpers/shipped-deck.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  slide: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page, slide: string): Promise<Finding[]> {
  const violations = await page.evaluate(async () => {
    const { axe } = window as Window & { axe?: typeof import('axe-core') };
    if (!axe) throw new Error('axe-core was not injected');
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ slide, ...v }));
}

/** Every slide of the page at `url`, with all fragments shown; `only` limits which slides are checked. */
async function auditPage(browser: Browser, url: string, only: (id: string) => boolean = () => true): Promise<{ findings: Finding[]; checked: number }> {
  // bypassCSP: the built page's Content-Security-Policy (rightly) refuses the inline script that carries axe-core.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForDeck(page);
    await page.addScriptTag({ content: AXE_SOURCE });
    const findings: Finding[] = [];
    let checked = 0;
    await forEachSlide(page, async (slide) => {
      if (!only(slide.id)) return;
      checked++;
      findings.push(...(await seriousViolations(page, slide.id)));
    });
    return { findings, checked };
  } finally {
    await context.close();
  }
}

describe.each(['briefing', 'dark'] as const)('accessibility of the shipped deck, %s theme', (theme) => {
  let browser: Browser;
  let server: StaticServer;
  let layouts: StaticServer;

  beforeAll(async () => {
    const [outDir, layoutsDir, started] = await Promise.all([
      buildShippedDeck(theme),
      buildDeckInTheme(path.join(FIXTURE_DECKS, 'layouts'), theme),
      startBrowser(),
    ]);
    browser = started;
    server = await serveStatic(outDir);
    layouts = await serveStatic(layoutsDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await layouts?.close();
  });

  it('has no serious or critical axe violations on any slide', async () => {
    const { findings, checked } = await auditPage(browser, server.url);
    expect(checked).toBe(19);
    expect(findings).toEqual([]);
  });

  it('finds a planted problem, so a clean run means something', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForDeck(page);
    await page.addScriptTag({ content: AXE_SOURCE });
    // About 1.4:1 against the theme's background.
    const faintColour = theme === 'dark' ? '#26313d' : '#d5d5d5';
    await page.evaluate((colour) => {
      const faint = document.createElement('p');
      faint.textContent = 'Faint text nobody can read';
      faint.style.color = colour;
      window.Reveal.getCurrentSlide().append(faint);
    }, faintColour);
    const findings = await seriousViolations(page, 'title');
    expect(findings.map((f) => f.rule)).toContain('color-contrast');
    await context.close();
  });

  it('has none on the cover and agenda a briefing adds', async () => {
    const { findings, checked } = await auditPage(browser, new URL('briefings/staff/', server.url).href, (id) => id.startsWith('briefing-'));
    expect(checked).toBe(2);
    expect(findings).toEqual([]);
  });

  it('has none on any layout, with a banner and an as-of date', async () => {
    const { findings, checked } = await auditPage(browser, layouts.url);
    expect(checked).toBe(9);
    expect(findings).toEqual([]);
  });
});
