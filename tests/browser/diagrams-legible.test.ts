// Every diagram kind, the shipped deck's diagrams and a generated deck's, as presented at 1280×720 in both themes
// (and every kind in a light and a dark reveal.js theme): label size, contrast, overflow, the deck font.

import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachSlide, waitForDeckReady } from '../../src/browser/deck-slides.js';
import { buildDeck } from '../../src/site/build-deck.js';
import { DIAGRAM_KINDS } from '../../src/diagrams/diagram-type.js';
import { figureBox } from '../../src/diagrams/figure-box.js';
import { MIN_LABEL_SHARE } from '../../src/diagrams/fit.js';
import { copyDeckWithTheme } from '../../src/io/themed-deck.js';
import { FONT_FAMILY } from '../../src/theme/font-faces.js';
import { readCssVariables } from '../../src/theme/css-variables.js';
import { firstFontFamily } from '../../src/theme/reveal-themes.js';
import { serveStatic } from '../../src/serve/static-server.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { generateFixture, SUMMIT } from '../article/fixtures.js';
import { FIXTURE_DECKS, tempDir, tempTree } from '../helpers/build.js';
import { startBrowser } from '../helpers/browser.js';
import { buildShippedDeck, SHIPPED_DECK } from '../helpers/shipped-deck.js';

/** What tests/helpers/diagram-metrics.browser.js reports for one diagram on the shown slide. */
interface DiagramMetrics {
  kind: string;
  labels: number;
  medianPx: number;
  /** The smallest label, and the three smallest as `text size`. */
  minPx: number;
  smallest: string[];
  bodyPx: number;
  ratio: number;
  minTextContrast: number;
  /** The lowest contrast against the slide of the filled marks checked (fill or border, whichever is higher; a pale box that carries text is judged by its text); 0 when none. */
  minShapeContrast: number;
  /** The first family of every label's computed font-family. */
  fonts: string[];
  lowText: string[];
  shapeFailures: unknown[];
  overflow: string[];
  /** HTML labels whose text runs past the sides of their foreignObject (so it is cut off). */
  clipped: string[];
  figure: { width: number; height: number };
  drawn: { width: number; height: number };
}

const MEASURE = readFileSync(path.join(import.meta.dirname, '../helpers/diagram-metrics.browser.js'), 'utf8');
const THEMES = ['briefing', 'dark'] as const;
/**
 * reveal.js themes by name, each with its own colours and body face: the light and the dark one whose diagram
 * text came closest to 4.5:1 when all twelve were measured (solarized's gantt labels, moon's journey tasks).
 */
const REVEAL_THEMES = ['solarized', 'moon'] as const;
/** The bound: labels never above ~1.2× body text. */
const MAX_LABEL_RATIO = 1.2;
/**
 * No single label below this share of body text. The median keeps to 0.55×–1.2×; a few labels mermaid draws
 * at a fixed size whatever the settings (class cardinalities at 11 px, the journey's actor legend in 20-unit
 * rows) sit at 0.46×–0.54× on the slide, and must not get smaller.
 */
const MIN_ANY_LABEL_SHARE = 0.45;
/** What the issue asks of a generated actors diagram: labels at least 60 % of body text, whatever the article. */
const GENERATED_LABEL_SHARE = 0.6;

/** The generator's deck for the summit article (its densest actors diagram), written to a folder as `generate` would. */
function generatedDeck(): string {
  const result = generateFixture(SUMMIT);
  const files = Object.fromEntries(result.files.map((f) => [f.name, f.text]));
  return tempTree('generated-deck', { ...files, [`source/${SUMMIT}`]: readFileSync(path.join(import.meta.dirname, '../fixtures/articles', SUMMIT), 'utf8') });
}

/** Silent logger: the fixture's three undescribed diagrams (mindmap, block, sankey take no accTitle) warn. */
const quiet = { info() {}, warn() {}, warnOnce() {}, error() {}, clearScreen() {}, hasErrorLogged: () => false, hasWarned: false };

async function buildInTheme(work: string, deckDir: string, theme: string): Promise<string> {
  const name = `${path.basename(deckDir)}-${theme}`;
  const themed = await copyDeckWithTheme(deckDir, path.join(work, name, 'deck'), theme);
  const outDir = path.join(work, name, 'dist');
  await buildDeck({ cwd: KIT_ROOT, deckDir: themed, outDir, base: './', logger: quiet as never });
  return outDir;
}

/** Each diagram slide of the deck served at `url`, measured as presented (one page, reused). */
async function measureDeck(page: Page, url: string): Promise<Map<string, DiagramMetrics>> {
  await page.goto(url);
  await waitForDeckReady(page);
  const measured = new Map<string, DiagramMetrics>();
  await forEachSlide(page, async (slide) => {
    const diagrams = (await page.evaluate(MEASURE)) as DiagramMetrics[];
    diagrams.forEach((metrics, index) => measured.set(index === 0 ? slide.id : `${slide.id}#${index + 1}`, metrics));
  });
  return measured;
}

describe('diagrams are legible on the slide in both themes', () => {
  let browser: Browser;
  const work = tempDir('legible');
  const results = new Map<string, { fixture: Map<string, DiagramMetrics>; shipped: Map<string, DiagramMetrics>; generated: Map<string, DiagramMetrics> }>();
  const revealResults = new Map<string, Map<string, DiagramMetrics>>();

  beforeAll(async () => {
    const generated = generatedDeck();
    const decks = [path.join(FIXTURE_DECKS, 'every-diagram'), SHIPPED_DECK, generated];
    // The shipped deck's builds are the run's shared ones (the same copy in the theme, built the same way).
    const builds = THEMES.flatMap((theme) => decks.map((deck) => (deck === SHIPPED_DECK ? buildShippedDeck(theme) : buildInTheme(work, deck, theme))));
    const revealBuilds = REVEAL_THEMES.map((theme) => buildInTheme(work, decks[0]!, theme));
    const [started, ...outDirs] = await Promise.all([startBrowser(), ...builds, ...revealBuilds]);
    browser = started;
    for (const [index, theme] of REVEAL_THEMES.entries()) {
      const server = await serveStatic(outDirs[THEMES.length * decks.length + index]!);
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      try {
        revealResults.set(theme, await measureDeck(page, server.url));
      } finally {
        await page.close();
        await server.close();
      }
    }
    for (const [index, theme] of THEMES.entries()) {
      const servers = await Promise.all(decks.map((_, d) => serveStatic(outDirs[index * decks.length + d]!)));
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      try {
        results.set(theme, {
          fixture: await measureDeck(page, servers[0]!.url),
          shipped: await measureDeck(page, servers[1]!.url),
          generated: await measureDeck(page, servers[2]!.url),
        });
      } finally {
        await page.close();
        await Promise.all(servers.map((server) => server.close()));
      }
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await rm(work, { recursive: true, force: true });
  });

  const expectLegible = (name: string, metrics: DiagramMetrics | undefined, minShare = MIN_LABEL_SHARE, font = FONT_FAMILY): void => {
    expect(metrics, `${name} was not found on its slide`).toBeDefined();
    const m = metrics!;
    expect(m.labels, `${name}: no labels measured`).toBeGreaterThan(0);
    expect(m.ratio, `${name}: median label ${m.medianPx} px against ${m.bodyPx} px body text`).toBeGreaterThanOrEqual(minShare);
    expect(m.ratio, `${name}: median label ${m.medianPx} px against ${m.bodyPx} px body text`).toBeLessThanOrEqual(MAX_LABEL_RATIO);
    expect(m.minPx / m.bodyPx, `${name}: smallest labels ${m.smallest.join(', ')} against ${m.bodyPx} px body text`).toBeGreaterThanOrEqual(MIN_ANY_LABEL_SHARE);
    expect(m.fonts, `${name}: labels not in the deck font`).toEqual([font]);
    expect(m.lowText, `${name}: text under 4.5:1 against what is drawn under it`).toEqual([]);
    expect(m.shapeFailures, `${name}: shapes under 3:1 against the slide`).toEqual([]);
    expect(m.overflow, `${name}: text or drawing outside the slide`).toEqual([]);
    expect(m.clipped, `${name}: labels cut off by their box`).toEqual([]);
    expect(m.drawn.width, `${name}: wider than its figure`).toBeLessThanOrEqual(m.figure.width + 1);
    expect(m.drawn.height, `${name}: taller than its figure`).toBeLessThanOrEqual(m.figure.height + 1);
  };

  const kinds = DIAGRAM_KINDS.filter((kind) => kind !== 'other' && kind !== 'er');
  for (const theme of THEMES) {
    it(`${theme}: one diagram of every kind`, () => {
      const fixture = results.get(theme)!.fixture;
      expect([...fixture.keys()].sort()).toEqual([...kinds].sort());
      for (const kind of kinds) expectLegible(`${theme} ${kind}`, fixture.get(kind));
    });

    it(`${theme}: the shipped deck's actors and sequence diagrams`, () => {
      const shipped = results.get(theme)!.shipped;
      expectLegible(`${theme} actors`, shipped.get('actors'));
      expectLegible(`${theme} sequence`, shipped.get('sequence'));
    });

    it(`${theme}: a generated deck's actors and sequence diagrams, labels at least ${GENERATED_LABEL_SHARE * 100} % of body text`, () => {
      const generated = results.get(theme)!.generated;
      expectLegible(`${theme} generated actors`, generated.get('actors'), GENERATED_LABEL_SHARE);
      expectLegible(`${theme} generated sequence`, generated.get('sequence'), GENERATED_LABEL_SHARE);
    });
  }

  for (const theme of REVEAL_THEMES) {
    it(`reveal.js theme ${theme}: one diagram of every kind, in the theme's body face`, () => {
      const fixture = revealResults.get(theme)!;
      const css = readFileSync(path.join(KIT_ROOT, 'themes', `${theme}.css`), 'utf8');
      const bodyFace = firstFontFamily(readCssVariables(css).get('--r-main-font')!);
      expect([...fixture.keys()].sort()).toEqual([...kinds].sort());
      for (const kind of kinds) expectLegible(`${theme} ${kind}`, fixture.get(kind), MIN_LABEL_SHARE, bodyFace);
    });
  }

  it('draws each diagram for the figure box its layout gives it', () => {
    // The build lays diagrams out for figureBox(); the slide CSS must give them that room (within a few px).
    const predicted = figureBox('diagram');
    for (const theme of THEMES) {
      const metrics = results.get(theme)!.fixture.get('flowchart')!;
      expect(Math.abs(metrics.figure.width - predicted.width), `${theme} figure width`).toBeLessThanOrEqual(4);
      expect(Math.abs(metrics.figure.height - predicted.height), `${theme} figure height`).toBeLessThanOrEqual(24);
    }
  });
});
