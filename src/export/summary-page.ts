// The one-page summary: what a reader keeps from the deck (bottom line, key points, questions, what to watch, source), chosen from the slides and laid out on one portrait page. Pure.

import { FUNCTION_WORDS, words } from '../article/text.js';
import { PAPER_MM, type HandoutPaper } from './handout-page.js';
import { escapeHtml } from '../render/escape-html.js';
import { mm, printDocumentHtml } from './print-document.js';

/** A slide as the summary reads it from the built deck (notes left out, citations written `[p3]`). */
export interface SummarySlide {
  id: string;
  section: string;
  layout: string;
  title: string;
  paragraphs: string[];
  items: string[];
}

export interface SummarySource {
  /** The deck's source line (headmatter `source:`). */
  citedAs?: string;
  /** The article's own title, byline and date, when the deck embeds it. */
  article?: string;
  facts?: string;
  /** How many paragraphs the article has (for the `[pN]` note). */
  paragraphs?: number;
}

export interface SummaryPart {
  heading: string;
  items: string[];
}

export interface SummaryContent {
  title: string;
  parts: SummaryPart[];
  source: string[];
}

/** Sections that carry the author's main points when the deck has no `key-judgements` slide, in order. */
const KEY_POINT_SECTIONS = ['firsts', 'skepticism', 'recommendations'];
/** Points taken from each of those sections. */
const POINTS_PER_SECTION = 3;
/**
 * How much of a point's wording (Dice over content words) an earlier point of the same part must share to make it a
 * repeat, when the earlier one also cites every paragraph it cites: a briefing asks "what is meant by …?" once for the
 * principal and again, longer, for staff; the summary prints it once.
 */
const REPEAT_OVERLAP = 0.4;
/** A point's citations as the summary writes them: `[p3]`, `[p3, p4]`. */
const CITATION = /\[(p\d+(?:,\s*p\d+)*)\]/g;

const isPart = (slide: SummarySlide, name: string): boolean => slide.section === name || slide.layout === name;

/** Picks the summary's parts from the slides; a part with nothing to say is left out. */
export function summaryContent(title: string, slides: readonly SummarySlide[], source: SummarySource): SummaryContent {
  const of = (name: string): string[] => slides.filter((slide) => isPart(slide, name)).flatMap((slide) => [...slide.paragraphs, ...slide.items]);
  const itemsOf = (name: string): string[] => slides.filter((slide) => isPart(slide, name)).flatMap((slide) => slide.items);
  const cover = slides.find((slide) => slide.layout === 'title');
  const bottomLine = of('bottom-line');
  const judgements = itemsOf('key-judgements');
  const keyPoints = judgements.length > 0 ? judgements : KEY_POINT_SECTIONS.flatMap((section) => itemsOf(section).slice(0, POINTS_PER_SECTION));
  const parts: SummaryPart[] = [
    { heading: 'Bottom line', items: bottomLine.length > 0 ? bottomLine : (cover?.paragraphs.slice(0, 1) ?? []) },
    { heading: 'Key points', items: keyPoints },
    { heading: 'Questions to ask', items: questionsAmong(itemsOf('open-questions')) },
    { heading: 'What to watch', items: itemsOf('what-to-watch') },
  ]
    .map((part) => ({ ...part, items: withoutRepeats(part.items) }))
    .filter((part) => part.items.length > 0);
  const lines = [
    source.article ? `Article: ${source.article}${source.facts ? ` (${source.facts})` : ''}` : undefined,
    source.citedAs && source.citedAs !== source.article ? `Cited as: ${source.citedAs}` : undefined,
    source.paragraphs ? `[p1]–[p${source.paragraphs}] name the article's paragraphs each point comes from.` : undefined,
  ].filter((line): line is string => line !== undefined);
  return { title, parts, source: lines };
}

/** The points that ask something (a question mark before the citation); all of them when none does. */
export function questionsAmong(items: readonly string[]): string[] {
  const asking = items.filter((item) => item.replace(CITATION, '').includes('?'));
  return asking.length > 0 ? asking : [...items];
}

/**
 * The points in order, each left out when it cites paragraphs, an earlier one cites all of them too, and the two share
 * much of their wording. Uncited points are never taken for repeats.
 */
export function withoutRepeats(items: readonly string[]): string[] {
  const kept: { item: string; cited: Set<string>; words: Set<string> }[] = [];
  for (const item of items) {
    const point = { item, cited: citedParagraphs(item), words: contentWords(item) };
    const repeats = point.cited.size > 0 && kept.some((earlier) => [...point.cited].every((id) => earlier.cited.has(id)) && dice(earlier.words, point.words) >= REPEAT_OVERLAP);
    if (!repeats) kept.push(point);
  }
  return kept.map((point) => point.item);
}

function citedParagraphs(item: string): Set<string> {
  return new Set([...item.matchAll(CITATION)].flatMap((match) => match[1]!.split(/,\s*/)));
}

function contentWords(item: string): Set<string> {
  return new Set(words(item.replace(CITATION, '')).map((word) => word.toLowerCase()).filter((word) => !FUNCTION_WORDS.has(word)));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** The content with the last item of its longest part left out (to fit the page), or undefined when nothing is left to drop. */
export function withoutOneItem(content: SummaryContent): SummaryContent | undefined {
  const longest = content.parts.reduce<SummaryPart | undefined>((best, part) => (part.items.length > 1 && part.items.length > (best?.items.length ?? 1) ? part : best), undefined);
  if (!longest) return undefined;
  return { ...content, parts: content.parts.map((part) => (part === longest ? { ...part, items: part.items.slice(0, -1) } : part)) };
}

export interface SummaryStyle {
  paper: HandoutPaper;
  /** Body text size in points. */
  fontPt: number;
  fontFaces: string;
  fontFamily: string;
  lang: string;
}

export function summaryHtml(content: SummaryContent, style: SummaryStyle): string {
  const { width, height } = PAPER_MM[style.paper];
  const margin = 16;
  const parts = content.parts
    .map((part) => {
      const list = part.heading === 'Bottom line'
        ? part.items.map((item) => `<p class="bottom-line">${escapeHtml(item)}</p>`).join('\n')
        : `<ul>${part.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      return `<section><h2>${escapeHtml(part.heading)}</h2>\n${list}</section>`;
    })
    .join('\n');
  const source = content.source.length > 0 ? `<section class="source"><h2>Source</h2>${content.source.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</section>` : '';
  return printDocumentHtml({
    title: `${content.title} — summary`,
    lang: style.lang,
    width,
    height,
    fontFaces: style.fontFaces,
    fontFamily: style.fontFamily,
    css: `main { box-sizing: border-box; width: ${mm(width)}; height: ${mm(height)}; padding: ${mm(margin)}; overflow: hidden; font-size: ${style.fontPt}pt; line-height: 1.38; }
.kicker { margin: 0; font-size: 0.8em; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: #4a5562; }
h1 { margin: 1mm 0 4mm; padding-bottom: 2.5mm; border-bottom: 0.6mm solid #1d4e89; font-size: 1.75em; line-height: 1.15; color: #0b2545; }
h2 { margin: 4mm 0 1.5mm; font-size: 1.05em; text-transform: uppercase; letter-spacing: 0.05em; color: #1d4e89; }
.bottom-line { margin: 0 0 1.5mm; font-size: 1.15em; font-weight: 600; }
ul { margin: 0; padding-left: 5mm; }
li { margin: 0 0 1.2mm; }
.source p { margin: 0 0 1mm; font-size: 0.88em; color: #3c4550; }`,
    body: `<main>
<p class="kicker">Summary</p>
<h1>${escapeHtml(content.title)}</h1>
${parts}
${source}
</main>`,
  });
}
