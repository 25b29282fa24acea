// The PowerPoint export, read back from the file: slides, titles, bullets, notes, pictures, links, layouts, overflow, briefings.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { createRenderEnv } from '../../src/markdown/env.js';
import { loadDeckFiles } from '../../src/io/load-deck.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { sectionTitle } from '../../src/parse/slug.js';
import { compileBriefings } from '../../src/briefing/compile-briefings.js';
import { loadBriefings } from '../../src/briefing/load-briefings.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { readArticle } from '../../src/article/read.js';
import type { Deck, ParsedDeck, SourceSlide } from '../../src/model/deck.js';
import { exportPptx, type PptxRequest } from '../../src/export/pptx/export-pptx.js';
import { singleParagraphProperties } from '../../src/export/pptx/finish-zip.js';
import { pngSize } from '../../src/export/verify.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempTree } from '../helpers/build.js';
import { htmlDocument } from '../helpers/dom.js';
import { readPptx, type ReadPptx, type ReadSlide } from './pptx-reader.js';

const SHIPPED = path.join(KIT_ROOT, 'slides');
const LAYOUTS = path.join(FIXTURE_DECKS, 'pptx-layouts');
let temp: string;
let cacheDir: string;

function request(deckDir: string, out: string, extra: Partial<PptxRequest> = {}): PptxRequest & { lines: string[] } {
  const lines: string[] = [];
  return {
    cwd: KIT_ROOT, deckDir, out: path.join(temp, out), size: '16:9', themesDir: path.join(KIT_ROOT, 'themes'),
    diagramCacheDir: cacheDir, mermaid: {}, env: process.env, progress: (line) => lines.push(line), lines, ...extra,
  };
}

async function exportAndRead(deckDir: string, out: string, extra: Partial<PptxRequest> = {}): Promise<{ pptx: ReadPptx; warnings: string[]; lines: string[] }> {
  const req = request(deckDir, out, extra);
  const result = await exportPptx(req);
  expect(result.files).toEqual([req.out]);
  const pptx = await readPptx(await readFile(req.out));
  expect(pptx.slides).toHaveLength(result.count);
  return { pptx, warnings: result.warnings.map((w) => `${w.code} ${w.file}:${w.line} ${w.message}`), lines: req.lines };
}

/** What the deck's own HTML shows of a slide: its list items' text, from the rendered Markdown. */
function renderedListItems(slide: SourceSlide): string[] {
  const md = createMarkdown();
  const html = md.render(slide.content, createRenderEnv(slide.range.file, slide.contentLine));
  const doc = htmlDocument(html);
  return Array.from(doc.querySelectorAll('li')).map((li) => {
    const nested = Array.from(li.querySelectorAll('ul, ol'));
    let text = li.textContent ?? '';
    for (const list of nested) text = text.replace(list.textContent ?? '', '');
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** The paragraphs and list items of Markdown as the deck renders it, e.g. a slide's notes. */
function renderedBlocks(markdown: string, slide: SourceSlide): string[] {
  const html = createMarkdown().render(markdown, createRenderEnv(slide.range.file, 0));
  const doc = htmlDocument(html);
  for (const cite of Array.from(doc.querySelectorAll('sup.cite'))) cite.textContent = `[${cite.textContent}]`;
  return Array.from(doc.querySelectorAll('p, li')).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
}

/** The source facts (`dl.bd-facts`) a rendered slide of the HTML deck ends with, as `Label: value` lines. */
function htmlFacts(html: string): string[] {
  return Array.from(htmlDocument(html).querySelectorAll('dl.bd-facts > div')).map((row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`);
}

/** Every paragraph's text on a PowerPoint slide, outside the title. */
function bodyTexts(slide: ReadSlide): string[] {
  return slide.shapes.filter((s) => s.placeholder !== 'title').flatMap((s) => s.paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim()));
}

/** The deck's sections as PowerPoint names them: unsectioned opening slides form "Opening", runs collapse, the Sources slides close. */
function expectedSections(slides: readonly SourceSlide[]): string[] {
  const names: string[] = [];
  for (const slide of slides) {
    const name = slide.settings.section ? sectionTitle(slide.settings.section) : (names.at(-1) ?? 'Opening');
    if (names.at(-1) !== name) names.push(name);
  }
  if (names.at(-1) !== 'Sources') names.push('Sources');
  return names;
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-pptx-'));
  cacheDir = path.join(temp, 'cache', 'diagrams');
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('the shipped deck as PowerPoint', () => {
  let pptx: ReadPptx;
  let deck: SourceSlide[];
  let parsed: ParsedDeck;
  let lines: string[];
  /** The article's paragraph ids, in its order. */
  let articleIds: string[];
  beforeAll(async () => {
    ({ pptx, lines } = await exportAndRead(SHIPPED, 'deck.pptx'));
    parsed = parseDeck((loadDeckFiles(SHIPPED, KIT_ROOT)).files);
    deck = parsed.slides;
    const articleFile = path.join(SHIPPED, parsed.meta.article!);
    articleIds = readArticle(await readFile(articleFile, 'utf8'), 'txt', articleFile).article.paragraphs.map((p) => p.id);
  }, 120_000);

  it('has one slide per deck slide, then the Sources slides, each with its title in the title placeholder', () => {
    expect(pptx.slides.length).toBeGreaterThan(deck.length);
    deck.forEach((slide, index) => expect(pptx.slides[index]!.title, slide.id).toBe(slide.title));
    for (const extra of pptx.slides.slice(deck.length)) expect(extra.title).toMatch(/^Sources: the cited paragraphs/);
    expect(lines.some((line) => line.startsWith('reading'))).toBe(true);
  });

  it('writes every list item as a bullet paragraph with the text the deck shows', () => {
    deck.forEach((slide, index) => {
      const expected = renderedListItems(slide);
      if (expected.length === 0 || slide.settings.layout === 'timeline') return;
      const bullets = pptx.slides[index]!.shapes.flatMap((s) => s.paragraphs).filter((p) => p.bullet).map((p) => p.text.replace(/\s+/g, ' ').trim());
      expect(bullets, slide.id).toEqual(expected);
      const markers = new Set(pptx.slides[index]!.shapes.flatMap((s) => s.paragraphs).filter((p) => p.bullet).map((p) => p.bulletColour));
      expect([...markers], slide.id).toEqual(['1D4E89']);
    });
  });

  it('lays a timeline out as one date and one event per item', () => {
    const index = deck.findIndex((s) => s.settings.layout === 'timeline');
    const slide = pptx.slides[index]!;
    const texts = slide.shapes.flatMap((s) => s.paragraphs.map((p) => p.text));
    for (const item of renderedListItems(deck[index]!)) {
      const [date, event] = item.split(' — ');
      expect(texts).toContain(date);
      expect(texts).toContain(event);
    }
  });

  it('puts the speaker notes in the notes pane, one paragraph per line', () => {
    deck.forEach((slide, index) => {
      const notes = pptx.slides[index]!.notes.join('\n');
      if (slide.notes.trim() === '') return expect(notes.trim(), slide.id).toBe('');
      const rendered = renderedBlocks(slide.notes, slide);
      expect(rendered.length).toBeGreaterThan(0);
      for (const text of rendered) expect(notes.replace(/\s+/g, ' '), slide.id).toContain(text.slice(0, 30));
      expect(pptx.slides[index]!.notes.length, slide.id).toBeGreaterThanOrEqual(rendered.length);
    });
  });

  it('writes the talk track first, then the source sentences after a Source: line, as the notes’ Markdown has them', () => {
    let withSources = 0;
    deck.forEach((slide, index) => {
      const html = createMarkdown().render(slide.notes, createRenderEnv(slide.range.file, 0));
      const body = htmlDocument(html).body;
      for (const cite of Array.from(body.querySelectorAll('sup.cite'))) cite.textContent = `[${cite.textContent}]`;
      const text = (e: Element): string => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
      const top = Array.from(body.children);
      const label = top.findIndex((e, i) => e.tagName === 'P' && /^sources?:$/i.test(text(e)) && top[i + 1]?.tagName === 'BLOCKQUOTE');
      const notes = pptx.slides[index]!.notes;
      if (label === -1) return expect(notes, slide.id).not.toContain('Source:');
      withSources += 1;
      const quoted = Array.from(top[label + 1]!.querySelectorAll('p')).map((p) => `“${text(p)}”`);
      const talk = top.filter((e, i) => i !== label && i !== label + 1).flatMap((e) => (e.tagName === 'P' ? [text(e)] : Array.from(e.querySelectorAll('p, li')).map(text)));
      const at = notes.indexOf('Source:');
      expect(notes.slice(at + 1), slide.id).toEqual(quoted);
      expect(notes.slice(0, at).filter((line) => line !== '').map((line) => line.replace(/^\s*• /, '')), slide.id).toEqual(talk);
    });
    expect(withSources).toBeGreaterThan(0);
  });

  it('turns citations into superscript links to the Sources slide that holds the cited paragraph, listed in the article’s order', () => {
    const article = pptx.slides.slice(deck.length);
    deck.forEach((slide, index) => {
      const cites = pptx.slides[index]!.shapes.flatMap((s) => s.paragraphs.flatMap((p) => p.runs)).filter((r) => r.superscript);
      const ids = new Set(cites.flatMap((r) => r.text.split(', ')));
      expect([...ids].sort(), slide.id).toEqual([...new Set(slide.citations)].sort());
      for (const run of cites) {
        expect(run.link, slide.id).toMatch(/^slide:ppt\/slides\/slide\d+\.xml$/);
        const target = Number(/slide(\d+)\.xml$/.exec(run.link!)![1]) - 1;
        const listed = pptx.slides[target]!.shapes.flatMap((s) => s.paragraphs.map((p) => p.runs[0]?.text));
        expect(target).toBeGreaterThanOrEqual(deck.length);
        expect(listed).toContain(run.text.split(', ')[0]);
      }
    });
    const listedIds = article.flatMap((s) => s.shapes.filter((shape) => shape.placeholder !== 'title').flatMap((shape) => shape.paragraphs.filter((p) => p.runs[0]?.bold).map((p) => p.runs[0]!.text)));
    const cited = new Set(deck.flatMap((s) => s.citations));
    expect(listedIds).toEqual(articleIds.filter((id) => cited.has(id)));
  });

  it('sets every Sources slide’s paragraphs at one size', () => {
    const sizes = new Set(pptx.slides.slice(deck.length).flatMap((s) => s.shapes.filter((shape) => shape.placeholder !== 'title').flatMap((shape) => shape.paragraphs.flatMap((p) => p.runs.map((r) => r.size)))));
    expect(pptx.slides.length - deck.length).toBeGreaterThan(1);
    expect(sizes.size, [...sizes].join(', ')).toBe(1);
  });

  it('places each diagram as an SVG picture with a real PNG fallback and its accTitle/accDescr as alt text', () => {
    const withDiagrams = deck.map((s, i) => ({ s, i })).filter(({ s }) => s.content.includes('```mermaid'));
    expect(withDiagrams.length).toBeGreaterThan(0);
    for (const { s, i } of withDiagrams) {
      const [picture] = pptx.slides[i]!.pictures;
      expect(picture, s.id).toBeDefined();
      const accTitle = /accTitle:\s*(.*)/.exec(s.content)![1]!.trim();
      const accDescr = /accDescr:\s*(.*)/.exec(s.content)![1]!.trim();
      expect(picture!.descr).toBe(`${accTitle}: ${accDescr}`);
      expect(picture!.hasSvgBlip).toBe(true);
      expect(picture!.svg).toContain('<svg');
      expect(picture!.svg).not.toContain('<foreignObject');
      expect(pngSize(picture!.png)!.width).toBeGreaterThan(400);
    }
  });

  it('uses the theme masters, with the deck colours and font', () => {
    const level0Items = (slide: SourceSlide): number => renderedListItems(slide).length;
    // Which master each deck slide may sit on, from its layout and content (a body that is not one frame takes Title only).
    const mastersFor = (slide: SourceSlide): string[] => {
      const layout = slide.settings.layout;
      if (layout === 'title') return ['Title'];
      if (layout === 'section') return ['Section'];
      if (slide.content.includes('```mermaid') || layout === 'diagram') return ['Diagram'];
      if (layout === 'two-columns' || slide.content.includes('|||') || (layout === 'what-to-watch' && level0Items(slide) >= 4)) return ['Two columns', 'Title only'];
      return ['Content', 'Title only'];
    };
    deck.forEach((slide, index) => expect(mastersFor(slide).map((m) => `Briefing · ${m}`), slide.id).toContain(pptx.slides[index]!.layout));
    for (const extra of pptx.slides.slice(deck.length)) expect(extra.layout).toBe('Briefing · Content');
    const fonts = new Set(pptx.slides.flatMap((s) => s.shapes.flatMap((shape) => shape.paragraphs.flatMap((p) => p.runs.map((r) => r.font)))));
    expect(fonts).toContain('Source Sans 3');
    expect(pptx.size).toEqual({ cx: 12191695, cy: 6858000 });
    expect(pptx.sections).toEqual(expectedSections(deck));
  });

  it('closes the cover and the sources slide with the source facts the HTML deck shows', () => {
    const rendered = renderDeck(parsed).deck.slides;
    const withFacts = rendered.map((r, index) => ({ index, facts: htmlFacts(r.body) })).filter((s) => s.facts.length > 0);
    expect(withFacts.map((s) => deck[s.index]!.settings.layout).sort()).toEqual(['sources', 'title']);
    for (const { index, facts } of withFacts) expect(bodyTexts(pptx.slides[index]!).slice(-facts.length), deck[index]!.id).toEqual(facts);
    for (const index of deck.keys()) if (!withFacts.some((s) => s.index === index)) expect(bodyTexts(pptx.slides[index]!).some((t) => t.startsWith('Not stated in the source:')), deck[index]!.id).toBe(false);
  });

  it('lays out what to watch in two columns, in the deck’s order', () => {
    const index = deck.findIndex((s) => s.settings.layout === 'what-to-watch');
    expect(index).toBeGreaterThan(-1);
    const slide = pptx.slides[index]!;
    const columns = slide.shapes.filter((s) => s.placeholder === 'body').map((s) => s.paragraphs.filter((p) => p.bullet).map((p) => p.text.replace(/\s+/g, ' ').trim()));
    expect(slide.layout).toBe('Briefing · Two columns');
    expect(columns).toHaveLength(2);
    expect(columns.flat()).toEqual(renderedListItems(deck[index]!));
    expect(Math.abs(columns[0]!.length - columns[1]!.length)).toBeLessThanOrEqual(1);
  });
});

describe('layouts, runs and reports', () => {
  let pptx: ReadPptx;
  let warnings: string[];
  beforeAll(async () => {
    ({ pptx, warnings } = await exportAndRead(LAYOUTS, 'layouts.pptx', { size: '4:3' }));
  }, 60_000);
  const slide = (title: string) => pptx.slides.find((s) => s.title === title)!;

  it('is 4:3 when asked', () => {
    expect(pptx.size).toEqual({ cx: 9144000, cy: 6858000 });
  });

  it('keeps bold, italic, inline code and links as runs, and nested items one level down', () => {
    const paragraphs = slide('Key judgements').shapes.filter((s) => s.placeholder !== 'title').flatMap((s) => s.paragraphs);
    expect(paragraphs.map((p) => [p.text, p.level])).toEqual([['First judgement, likely p1', 0], ['a caveat under it', 1], ['Second judgement with code and a link p2', 0]]);
    const runs = paragraphs.flatMap((p) => p.runs);
    expect(runs.find((r) => r.text === 'likely')!.italic).toBe(true);
    expect(runs.find((r) => r.text === 'code')!.font).not.toBe('Source Sans 3');
    expect(runs.find((r) => r.text === 'link')!.link).toBe('https://example.org/report');
    expect(slide('The bottom line').shapes.flatMap((s) => s.paragraphs.flatMap((p) => p.runs)).find((r) => r.text === 'layout')!.bold).toBe(true);
  });

  it('puts each column in its own placeholder, numbered lists as numbered paragraphs, tables as tables', () => {
    const columns = slide('Two columns');
    expect(columns.layout).toBe('Briefing · Two columns');
    expect(columns.shapes.filter((s) => s.placeholder === 'body').map((s) => s.paragraphs.map((p) => p.text))).toEqual([['left one', 'left two'], ['right one', 'right two']]);
    expect(slide('What to watch').shapes.flatMap((s) => s.paragraphs).filter((p) => p.bullet).map((p) => p.text)).toEqual(['The first signal', 'The second signal']);
    expect(slide('A table').tables).toEqual([[['Name', 'Value'], ['alpha', '1'], ['beta', '2']]]);
    expect(slide('A table').shapes.find((s) => s.name === 'Code')!.paragraphs.map((p) => p.text)).toEqual(['code line one', 'code line two']);
    const quote = slide('A quotation');
    expect(quote.shapes.find((s) => s.name === 'Quotation')!.paragraphs[0]!.runs[0]).toMatchObject({ text: 'The quoted words stand alone.', italic: true });
    expect(quote.shapes.find((s) => s.name === 'Attribution')!.paragraphs[0]!.text).toBe('— A person, a role');
  });

  it('writes the talk track, then the source sentences after a Source: line', () => {
    expect(slide('Key judgements').notes).toEqual(['Talk about the judgements.', '', 'Source:', '“The first paragraph says something about judgements.”']);
    expect(slide('Layouts for PowerPoint').notes).toEqual(['Say what this deck is for.']);
  });

  it('lists the cited paragraphs on the Sources slide', () => {
    const sources = pptx.slides.at(-1)!;
    expect(sources.shapes.filter((s) => s.placeholder !== 'title').flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([
      'Source: A fixture article (Fixture Press)',
      'p1  The first paragraph says something about judgements.',
      'p2  The second paragraph says something else.',
    ]);
  });

  it('reports raw HTML it leaves out and a slide that cannot fit, with slide id and file:line', () => {
    const file = path.relative(KIT_ROOT, path.join(LAYOUTS, 'deck.md'));
    expect(warnings.find((w) => w.startsWith('pptx-left-out'))).toMatch(new RegExp(`^pptx-left-out ${file}:\\d+ slide "raw": raw HTML <div> holding "boxed" has no PowerPoint form`));
    expect(warnings.find((w) => w.startsWith('slide-overflow'))).toMatch(new RegExp(`^slide-overflow ${file}:\\d+ slide "too-long" \\(${file}:\\d+-\\d+\\) does not fit`));
    expect(warnings).toHaveLength(2);
    const raw = slide('Raw HTML').shapes.filter((s) => s.placeholder !== 'title').flatMap((s) => s.paragraphs);
    expect(raw.map((p) => p.text)).toEqual(['Text before the box, bold and stressed.']);
    expect(raw[0]!.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['bold']);
    expect(raw[0]!.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['stressed']);
    expect(slide('Raw HTML').background).toBe('FDF6E3');
  });

  it('never writes more than one paragraph-properties element per paragraph', () => {
    expect(singleParagraphProperties('<a:p><a:pPr lvl="1"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>'))
      .toBe('<a:p><a:pPr lvl="1"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
    const paragraphs = pptx.slides.flatMap((s) => s.shapes.flatMap((shape) => shape.paragraphs));
    expect(paragraphs.filter((p) => p.runs.length > 1).length).toBeGreaterThan(3);
  });
});

describe('briefings, selections and bad requests', () => {
  it('exports each briefing as the HTML briefing shows it: its cover, agenda and slides, then Sources', async () => {
    const parsed = parseDeck((loadDeckFiles(SHIPPED, KIT_ROOT)).files);
    const compiled = await compileBriefings(parsed, await loadBriefings(SHIPPED, KIT_ROOT, KIT_ROOT));
    const html = new Map<string, Deck>(compiled.briefings.map((b) => [b.manifest.name, b.deck]));
    expect([...html.keys()].sort()).toEqual(['principal', 'staff']);
    for (const [name, shown] of html) {
      const { pptx, warnings } = await exportAndRead(SHIPPED, `${name}.pptx`, { briefing: name });
      expect(warnings, name).toEqual([]);
      expect(pptx.slides.slice(0, shown.slides.length).map((s) => s.title), name).toEqual(shown.slides.map((s) => s.source.title));
      expect(pptx.slides.length, name).toBeGreaterThan(shown.slides.length);
      expect(pptx.slides.slice(shown.slides.length).every((s) => s.title?.startsWith('Sources: the cited paragraphs')), name).toBe(true);
      expect(pptx.slides[0]!.title, name).toBe(compiled.briefings.find((b) => b.manifest.name === name)!.manifest.title);
      shown.slides.forEach((slide, index) => {
        const facts = htmlFacts(slide.body);
        if (facts.length > 0) expect(bodyTexts(pptx.slides[index]!).slice(-facts.length), `${name} ${slide.source.id}`).toEqual(facts);
      });
      const agenda = shown.slides.findIndex((s) => s.source.settings.layout === 'agenda');
      if (agenda === -1) continue;
      const items = Array.from(htmlDocument(shown.slides[agenda]!.body).querySelectorAll('li')).map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
      expect(items.length, name).toBeGreaterThan(1);
      const bullets = pptx.slides[agenda]!.shapes.flatMap((s) => s.paragraphs).filter((p) => p.bullet).map((p) => p.text.replace(/\s+/g, ' ').trim());
      expect(bullets, name).toEqual(items);
    }
    // The principal's manifest asks for no agenda; the staff one gets the generated one.
    expect(html.get('principal')!.slides.some((s) => s.source.settings.layout === 'agenda')).toBe(false);
    expect(html.get('staff')!.slides[1]!.source.settings.layout).toBe('agenda');
  }, 120_000);

  it('reads the source article only inside the project, as builds do: one outside is a warning and its text stays out', async () => {
    const body = (words: string): string => `${words} ${'and the paragraph goes on with enough words to read as the body of an article '.repeat(2)}.`;
    const root = tempTree('pptx-article-outside', {
      'project/slides/01.md': '---\ntitle: T\narticle: ../../elsewhere/article.txt\n---\n# T\n\n- A claim [@p1]\n',
      'elsewhere/article.txt': `A headline\n\n${body('Words from outside the project')}\n\n${body('More words from outside')}\n`,
    });
    const { pptx, warnings } = await exportAndRead(path.join(root, 'project', 'slides'), 'outside.pptx');
    expect(warnings.join('\n')).toMatch(/article\.txt.*the Sources slide lists paragraph numbers only/);
    const texts = pptx.slides.flatMap((s) => s.shapes.flatMap((shape) => shape.paragraphs.map((p) => p.text)));
    expect(texts).toContain('p1');
    expect(texts.join('\n')).not.toContain('outside the project');
  });

  it('reports a cited paragraph too long for its Sources slide at its line in the article', async () => {
    const sentence = 'This long paragraph keeps going with one more clause about the matter at hand. ';
    const root = tempTree('pptx-long-paragraph', {
      'slides/01.md': '---\ntitle: T\narticle: article.txt\n---\n# T\n\n- A short claim [@p1]\n- A long claim [@p2]\n',
      'slides/article.txt': `A headline for the article\n\n${sentence.repeat(3)}\n\n${sentence.repeat(120)}\n`,
    });
    const { pptx, warnings } = await exportAndRead(path.join(root, 'slides'), 'long.pptx');
    const file = path.relative(KIT_ROOT, path.join(root, 'slides', 'article.txt'));
    expect(warnings).toEqual([`slide-overflow ${file}:5 paragraph p2 of the article is too long for one PowerPoint Sources slide even at the smallest size, so its end runs past the slide`]);
    expect(pptx.slides.map((s) => s.title)).toEqual(['T', 'Sources: the cited paragraphs (1 of 2)', 'Sources: the cited paragraphs (2 of 2)']);
  });

  it('takes --select and then --range of what was selected', async () => {
    const { pptx } = await exportAndRead(LAYOUTS, 'select.pptx', { select: 'columns, bottom', range: '2' });
    expect(pptx.slides.map((s) => s.title)).toEqual(['The bottom line', 'Sources: the cited paragraphs']);
  });

  it('refuses an unknown briefing and an --out that is a folder, leaving an existing file as it was', async () => {
    await expect(exportPptx(request(LAYOUTS, 'x.pptx', { briefing: 'nope' }))).rejects.toThrow(/no briefing "nope"/);
    await expect(exportPptx({ ...request(LAYOUTS, 'x.pptx'), out: temp })).rejects.toThrow(/is a folder/);
    const existing = path.join(temp, 'kept.pptx');
    await writeFile(existing, 'old');
    await expect(exportPptx({ ...request(LAYOUTS, 'kept.pptx'), select: 'no-such-slide' })).rejects.toThrow(/no slide with id "no-such-slide"/);
    expect(await readFile(existing, 'utf8')).toBe('old');
  });
});
