// One very long line of each shape that could make a parser rule slow, and the processor time `checkDeck` takes over a
// deck holding it: shared by the long-line tests (linear growth, no hang) and the bench's `parse.longLine.worst` figure.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDeck, type CheckReport } from '../../src/check/check-deck.js';
import { figure, type FigureResult } from './figures.js';

export const LONG_LINE_BYTES = 1_000_000;

/** Where the long line goes: a slide of `deck.md`, or the title of a briefing manifest. */
export interface LongLineShape {
  line: string;
  in: 'slide' | 'briefing';
}

/** `unit` repeated to at least `size` characters. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));

/** Code spans opened by runs of 1 to 200 backticks, none closed: markdown-it looks for a closing run of each length. */
function growingBackticks(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let run = 1; length < size; run = (run % 200) + 1) {
    const part = `${'`'.repeat(run)}a `;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** Each shape at about `size` characters, by name. */
export function longLineShapes(size = LONG_LINE_BYTES): Record<string, LongLineShape> {
  const slide = (line: string): LongLineShape => ({ line, in: 'slide' });
  const f = (unit: string): string => fill(unit, size);
  return {
    'heading with a long run of spaces': slide(`# a${f(' ')}b`),
    'heading of words': slide(`# ${f('word ')}`),
    'heading of closing hashes': slide(`# a ${f('#')}b`),
    'heading of unclosed links': slide(`# ${f('[a](')}`),
    'heading of unclosed images': slide(`# ${f('![')}`),
    'heading of unclosed tags': slide(`# ${f('<')}`),
    'notes comment with a long run of spaces': slide(`<!-- notes: a${f(' ')}b -->`),
    'notes comment of unclosed images': slide(`<!-- notes: ${f('![')} -->`),
    'notes comment of unclosed citations': slide(`<!-- notes: ${f('[@')} -->`),
    'slide comment with a long run of spaces': slide(`<!-- .slide: class="a"${f(' ')}x -->`),
    'element comment with a long run of spaces': slide(`text <!-- .element: class="a"${f(' ')}x -->`),
    'many unclosed comments': slide(f('<!-- ')),
    'unclosed citations': slide(f('[@')),
    'fragment marker with a long run of spaces': slide(`- item {+${f(' ')}x`),
    'text with a long run of spaces inside': slide(`text${f(' ')}x`),
    'quotation marks without end': slide(f('“a ')),
    'many citations in a bullet': slide(`- claim ${f('[@p1] ')}`),
    'many quotations': slide(f('"a b c" ')),
    'unclosed brackets': slide(f('[')),
    'reference-style links without definitions': slide(f('[a] ')),
    'reference-style links left open': slide(f('[a][')),
    'unclosed links': slide(f('[a](')),
    'unclosed link destinations': slide(f('[a](<')),
    'unclosed autolinks': slide(f('<a')),
    'autolinks broken by a space': slide(f('<http://a ')),
    'one long bare link': slide(f('http://a.b/')),
    'bare domains': slide(f('www.a')),
    'unclosed code spans': slide(f('`a ')),
    'code spans of mixed lengths': slide(f('`a ``b ```c ')),
    'code spans of growing lengths': slide(growingBackticks(size)),
    'unclosed emphasis': slide(f('*a ')),
    'unclosed underscores': slide(f('_a ')),
    'one run of stars': slide(f('*')),
    'unclosed strikethrough': slide(f('~~a ')),
    'braces': slide(f('{')),
    'fragment markers': slide(f('{+ ')),
    'dollars': slide(f('$a ')),
    'entity-like text': slide(f('&a')),
    'entities without semicolons': slide(f('&amp')),
    'backslashes': slide(f('\\')),
    'colons': slide(f(':')),
    'key-value pairs': slide(f('a: ')),
    'HTML attribute soup': slide(f('<a b=')),
    'HTML attribute soup with quotes': slide(f('<a b="')),
    'list item of unclosed links': slide(`- ${f('[a](')}`),
    'list item of unclosed images': slide(`- ${f('![')}`),
    'quotation of unclosed images': slide(`> ${f('![')}`),
    'table row of unclosed links': slide(`| a | b |\n| - | - |\n| ${f('[a | ')} |`),
    'table row of pipes': slide(`| a | b |\n| - | - |\n${f('|')}`),
    'briefing title of words': { line: f('word '), in: 'briefing' },
    'briefing title of unclosed brackets': { line: f('[{'), in: 'briefing' },
  };
}

/** Writes a deck holding `shape` into `project` (a new folder) and returns its deck folder. */
export async function writeLongLineDeck(project: string, shape: LongLineShape): Promise<string> {
  const slides = path.join(project, 'slides');
  await mkdir(path.join(slides, 'briefings'), { recursive: true });
  const body = shape.in === 'slide' ? shape.line : 'A slide.';
  await writeFile(path.join(slides, 'deck.md'), `# Title\n\nIntro.\n\n---\n\n${body}\n\n---\n\n# End\n`);
  if (shape.in === 'briefing') {
    // A plain YAML scalar of one line: the manifest reader sees the line whole.
    await writeFile(path.join(slides, 'briefings', 'long.yaml'), `title: ${JSON.stringify(shape.line)}\nslides:\n  - title\n`);
  }
  return slides;
}

/** `checkDeck` over the deck in `project`, with the processor time it took (user + system, this process). */
export async function timedCheck(project: string, deckDir: string): Promise<{ report: CheckReport; cpuMs: number }> {
  const started = process.cpuUsage();
  const report = await checkDeck(deckDir, project);
  const used = process.cpuUsage(started);
  return { report, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * `parse.longLine.worst`: per run, the processor time of the slowest shape's `checkDeck` (after one small warm-up
 * check, so loading modules is not counted). The per-shape times of the last run go to `perShape`.
 */
export async function measureLongLines(workDir: string, runs: number, log: (line: string) => void): Promise<{ figure: FigureResult; perShape: Record<string, number> }> {
  const shapes = Object.entries(longLineShapes());
  const warm = path.join(workDir, 'long-line-warm-up');
  await timedCheck(warm, await writeLongLineDeck(warm, { line: 'A *short* line [@p1] ![x](y.png)', in: 'slide' }));
  const decks = await Promise.all(shapes.map(async ([name, shape], index) => {
    const project = path.join(workDir, `long-line-${index}`);
    return { name, project, deckDir: await writeLongLineDeck(project, shape) };
  }));
  const worst: number[] = [];
  let perShape: Record<string, number> = {};
  for (let run = 0; run < runs; run++) {
    perShape = {};
    for (const deck of decks) perShape[deck.name] = Math.round((await timedCheck(deck.project, deck.deckDir)).cpuMs);
    const [name, ms] = Object.entries(perShape).reduce((a, b) => (b[1] > a[1] ? b : a));
    log(`  run ${run + 1}: worst ${name}, ${ms} ms of processor time`);
    worst.push(ms);
  }
  const slowest = Object.entries(perShape).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return {
    figure: figure('parse.longLine.worst', `check of a 1 MB line, slowest of ${shapes.length} shapes (CPU)`, 'ms', worst, `slowest: ${slowest}`),
    perShape,
  };
}
