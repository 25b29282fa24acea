// The planned PowerPoint slides of the shipped deck, its briefings and the layouts fixture: every shape inside the
// slide's content area (above the footer, below the banner) at 16:9 and 4:3 in both themes, unless the slide is reported.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileBriefings } from '../../src/briefing/compile-briefings.js';
import { loadBriefings } from '../../src/briefing/load-briefings.js';
import { readSlideContent, type Block } from '../../src/export/pptx/content.js';
import { fenceKey, type DiagramPicture } from '../../src/export/pptx/diagram-pictures.js';
import { frameFor, PPTX_SIZES, type Frame } from '../../src/export/pptx/geometry.js';
import { paletteFromCss, type Palette } from '../../src/export/pptx/palette.js';
import { planSlide } from '../../src/export/pptx/plan-slide.js';
import type { Box, PlannedSlide } from '../../src/export/pptx/shapes.js';
import { loadDeckFiles } from '../../src/io/load-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import type { SourceSlide } from '../../src/model/deck.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { FIXTURE_DECKS } from '../helpers/build.js';

const SHIPPED = path.join(KIT_ROOT, 'slides');
const md = createMarkdown();

/** A stand-in picture for every diagram fence (planning only reads its size). */
function diagramStandIns(blocks: readonly Block[], into: Map<string, DiagramPicture>): void {
  for (const block of blocks) {
    if (block.kind === 'diagram') into.set(fenceKey(block), { svg: '<svg/>', png: new Uint8Array(), width: 1600, height: 900, alt: 'Diagram' });
    if (block.kind === 'columns') block.columns.forEach((column) => diagramStandIns(column, into));
  }
}

function plan(slides: readonly SourceSlide[], frame: Frame, palette: Palette): { slide: PlannedSlide; source: SourceSlide; reported: boolean }[] {
  return slides.map((source) => {
    const content = readSlideContent(md, source.content, source.range.file, source.contentLine);
    const pictures = new Map<string, DiagramPicture>();
    diagramStandIns(content.blocks, pictures);
    const result = planSlide({ source, content, notes: [] }, { frame, palette, pictures });
    return { slide: result.slide, source, reported: result.diagnostics.some((d) => d.code === 'slide-overflow') };
  });
}

/** Where a slide's shapes may go: between the banner (or the top edge) and the footer, inside the side edges. */
function contentArea(frame: Frame): Box {
  const top = frame.bannerTop ? frame.bannerTop.y + frame.bannerTop.h : 0;
  return { x: 0, y: top, w: frame.width, h: frame.footer.y - top };
}

function outside(box: Box, area: Box): boolean {
  const e = 0.001;
  return box.x < area.x - e || box.y < area.y - e || box.x + box.w > area.x + area.w + e || box.y + box.h > area.y + area.h + e;
}

describe('planned PowerPoint slides stay inside the content area', () => {
  const decks = new Map<string, SourceSlide[]>();
  const palettes = new Map<string, Palette>();
  beforeAll(async () => {
    const parsed = parseDeck((loadDeckFiles(SHIPPED, KIT_ROOT)).files);
    decks.set('the shipped deck', parsed.slides);
    const compiled = await compileBriefings(parsed, await loadBriefings(SHIPPED, KIT_ROOT, KIT_ROOT));
    for (const briefing of compiled.briefings) decks.set(`the ${briefing.manifest.name} briefing`, briefing.deck.slides.map((s) => s.source));
    decks.set('the layouts fixture', parseDeck((loadDeckFiles(path.join(FIXTURE_DECKS, 'pptx-layouts'), KIT_ROOT)).files).slides);
    for (const theme of ['briefing', 'dark']) palettes.set(theme, paletteFromCss(await readFile(path.join(KIT_ROOT, 'themes', `${theme}.css`), 'utf8'), theme));
  });

  it('covers both briefings', () => {
    expect([...decks.keys()].sort()).toEqual(['the layouts fixture', 'the principal briefing', 'the shipped deck', 'the staff briefing']);
  });

  for (const size of PPTX_SIZES) {
    it(`at ${size}: every shape of a slide not reported as overflowing lies above the footer and inside the page`, () => {
      let checked = 0;
      for (const [name, slides] of decks) {
        for (const [theme, palette] of palettes) {
          const frame = frameFor(size, true);
          const area = contentArea(frame);
          for (const { slide, source, reported } of plan(slides, frame, palette)) {
            if (reported) continue;
            for (const shape of slide.shapes) {
              checked += 1;
              expect(outside(shape.box, area), `${name}, ${theme}, slide "${source.id}": ${shape.kind} ${'name' in shape ? shape.name : ''} at ${JSON.stringify(shape.box)}`).toBe(false);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  }

  it('reports the layouts fixture’s overlong slide instead of placing it inside', () => {
    const slides = decks.get('the layouts fixture')!;
    const planned = plan(slides, frameFor('16:9', true), palettes.get('briefing')!);
    expect(planned.filter((p) => p.reported).map((p) => p.source.id)).toEqual(['too-long']);
  });
});
